package org.trucewatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanner cuts exactly where the former regex did, and survives the runs that broke the regex. */
class TokenizerScannerTest {

  /** The former tokenizer, kept as the reference on short inputs (its group loops recurse per repetition). */
  private static final Pattern TOKEN = Pattern.compile(
      "https?://\\S+[\\w/]|www\\.\\S+[\\w/]|[\\w.+-]+@[\\w-]+\\.[\\w.]+\\w"
          + "|\\d+(?:[.,:]\\d+)*(?:st|nd|rd|th|s)?"
          + "|(?:\\p{L}\\.){2,}"
          + "|[\\p{L}\\p{M}\\d]+(?:[-'’][\\p{L}\\p{M}\\d]+)*\\.?"
          + "|\\.{2,}|…|--+|[^\\s]");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)^(.+?)(['’]s|n['’]t|['’](?:ll|re|ve|d|m))$");

  private final Tokenizer tokenizer = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  static List<String> reference(String text, Abbreviations abbreviations) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String t = m.group();
      // initials keep their last period ("R.S. Pura"): the one change made to the regex's cuts since
      if (!INITIALS.matcher(t).matches() && t.length() > 1 && t.endsWith(".")
          && Character.isLetterOrDigit(t.charAt(t.length() - 2))
          && !abbreviations.isAbbreviation(t.substring(0, t.length() - 1))
          && !(t.length() == 2 && Character.isUpperCase(t.charAt(0)))) {
        e--;
        t = t.substring(0, t.length() - 1);
        word(out, t, s);
        out.add(e + ":" + (e + 1) + ":.");
        continue;
      }
      word(out, t, s);
    }
    return out;
  }

  private static void word(List<String> out, String t, int start) {
    Matcher p = POSSESSIVE.matcher(t);
    if (t.length() > 2 && Character.isLetter(t.charAt(0)) && p.matches()) {
      String head = p.group(1);
      out.add(start + ":" + (start + head.length()) + ":" + head);
      out.add((start + head.length()) + ":" + (start + t.length()) + ":" + p.group(2));
    } else {
      out.add(start + ":" + (start + t.length()) + ":" + t);
    }
  }

  private List<String> scanned(String text) {
    return tokenizer.tokenize(text, 0).stream().map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
  }

  @Test
  void cutsAsTheRegexDidOnRandomText() {
    String[] pieces = {"a", "B", "z", "é", "\u0301", "𝐀", "Ж", "1", "9", "0", ".", ",", ":", "-", "--", "'", "’", "@",
        "+", "_", "/", " ", "\n", "\t", "\u00a0", "\u2028", "…", "http://", "https://", "www.", "st", "nd", "th", "s",
        "'s", "n't", "'ll", "’re", "'D", "N'T", "Mr.", "U.S.", "e.g.", "x@y.com", ".com", "!", "?", "\"", "(", ")",
        "\uD800", "ü", "ǅ"};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(30);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertEquals(reference(text, Abbreviations.ENGLISH_NEWS), scanned(text), () -> "on <" + text + ">");
    }
  }

  @Test
  void cutsAsTheRegexDidOnNewsText() {
    String text = "On Oct. 10, 2020, at 12:05 the U.S. envoy Mr. Smith said Azerbaijan's 3rd brigade didn't fire; "
        + "see https://example.com/a?b=1. or www.mod.am/news/ and write to press.office@mod.gov.az... "
        + "Some 5,000.5 people -- 1990s pro-government, they'll N.A.T.O.'s e.g. rock-'n'-roll 1st-2nd.";
    assertEquals(reference(text, Abbreviations.ENGLISH_NEWS), scanned(text));
  }

  @Test
  void longRunsAreTokenisedWithoutRecursion() {
    StringBuilder list = new StringBuilder("1");
    StringBuilder hyphens = new StringBuilder("a");
    for (int i = 2; i <= 100_000; i++) {
      list.append(',').append(i);
      hyphens.append("-a");
    }
    assertEquals(1, tokenizer.tokenize(list.toString(), 0).size());
    assertEquals(1, tokenizer.tokenize(hyphens.toString(), 0).size());
    assertEquals(1, tokenizer.tokenize("x".repeat(1_000_000), 0).size());
    // "ab.ab.ab...": every word start used to rescan the whole run for an e-mail '@'.
    // A guard against a hang, not a speed figure: the quadratic rescan ran for many minutes on this input.
    List<Token> dots = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
        () -> tokenizer.tokenize("ab.".repeat(200_000), 0));
    assertTrue(dots.size() >= 200_000);
  }
}
