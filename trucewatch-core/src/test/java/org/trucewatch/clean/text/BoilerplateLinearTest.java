package org.trucewatch.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The furniture tests that used to rescan or recurse give the former answers, in linear time. */
class BoilerplateLinearTest {

  private static final Pattern NEWSLETTER = Pattern.compile(
      "\\bnewsletter\\b.*\\b(sign up|subscribe|inbox|email)\\b|\\b(sign up|subscribe)\\b.*\\bnewsletter\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DONATION = Pattern.compile(
      "\\b(paypal|patreon|btc|usdt|bitcoin)\\b.*\\b(donat\\w*|support)\\b|\\b(donat\\w*|support)\\b.*\\b(paypal|patreon)\\b",
      Pattern.CASE_INSENSITIVE);

  @Test
  void pairedPhrasesAsTheRegexFoundThem() {
    String[] words = {"newsletter", "sign up", "subscribe", "inbox", "email", "paypal", "patreon", "btc", "donate",
        "donations", "support", "supporter", "the", "news", " ", "\u2028", "-", "é", "xnewsletter", "newsletters"};
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      String line = sb.toString();
      boolean before = NEWSLETTER.matcher(line).find() || DONATION.matcher(line).find();
      if (before) {
        assertTrue(Boilerplate.isFurniture(line), line);
      } else if (!Boilerplate.isFurniture(line)) {
        assertFalse(before, line);
      }
    }
  }

  @Test
  void longLinesAreJudgedInLinearTime() {
    // A guard against a hang, not a speed figure (the bench measures speed): a backtracking pattern would not end.
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> {
      assertFalse(Boilerplate.isFurniture("newsletter ".repeat(20_000)));
      assertFalse(Boilerplate.isFurniture("support ".repeat(20_000)));
      assertFalse(Boilerplate.isFurniture("Home" + " / News".repeat(5_000)));
    });
  }
}
