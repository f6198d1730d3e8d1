package org.trucewatch.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass URL counter finds what the former regex found, and stays linear on runs without spaces. */
class UrlCharsTest {

  /** The former pattern, the reference on short lines (it is quadratic on long runs without spaces). */
  private static final Pattern URLISH = Pattern.compile(
      "(https?://\\S+|www\\.\\S+|\\b[\\w-]+\\.(com|org|net|ir|ru|az|am|info|news|co\\.uk|tv)\\b(/\\S*)?|"
          + "\\S+@\\S+\\.\\w+|@\\w{2,})", Pattern.CASE_INSENSITIVE);

  static int reference(String line) {
    int n = 0;
    Matcher m = URLISH.matcher(line);
    while (m.find()) {
      n += m.end() - m.start();
    }
    return n;
  }

  @Test
  void countsAsTheRegexDidOnRandomLines() {
    String[] pieces = {"a", "Z", "x", "é", "\u0301", "Ж", "ſ", "ı", "K", "1", "_", "-", ".", "@", "/", ":", " ", "\t",
        "\u00a0", "http://", "HTTPS://", "https:/", "www.", "WWW.", ".com", ".CO.UK", ".co.uk", ".news", ".info",
        ".ir", ".am", ".tv", ".Net", "com", "org", "@ab", "x@y.z", "mail@mod.gov.az", "!", "(", ")", "𝐀", "\uDC00"};
    Random random = new Random(5);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(25);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      assertEquals(reference(line), UrlChars.count(line), () -> "on <" + line + ">");
    }
  }

  @Test
  void countsAsTheRegexDidOnPageFurniture() {
    for (String line : new String[] {"Follow us on twitter.com/armenpress or @armenpress",
        "Contact: press@mil.am, www.mod.gov.az/en/news/ and https://news.am/eng/news/1.html",
        "Read more at azernews.az/nation/172.html", "Copyright © 2020 Trend.az. All rights reserved."}) {
      assertEquals(reference(line), UrlChars.count(line), line);
    }
  }

  @Test
  void longRunsWithoutSpacesFinish() {
    // A guard against a hang, not a speed figure (the bench measures speed): the old regex took 20 s on 40,000
    // characters and grew with their square, so a million would run for hours; a scan ends in far under the limit
    // even on a loaded machine.
    Random random = new Random(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      sb.append("abcxyz0123.,;-é".charAt(random.nextInt(15)));
    }
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> {
      UrlChars.count(sb.toString());
      UrlChars.count("a".repeat(1_000_000));
      UrlChars.count("é" + "a".repeat(1_000_000) + ".com");
      UrlChars.count("a@".repeat(500_000));
    });
  }
}
