package org.trucewatch.resolve.time;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link Rule.Gate} for rules whose matches hold a number followed by white space ("two days", "11 hours"): a
 * window passes only if some run of white space in it follows a digit or a word that ends one of the number phrases,
 * so the long alternation of number words is not tried at every word of the windows that hold none.
 */
final class NumberEnds implements Rule.Gate {

  private final Set<String> lastWords = new HashSet<>(); // lower-case (ASCII), the last run of letters of each phrase
  private final boolean open; // a phrase ends with neither a letter nor a digit: every window passes

  /** @param phrases the phrases the number may be, besides digits; matched ASCII case-insensitively */
  NumberEnds(Collection<String> phrases) {
    boolean any = false;
    for (String p : phrases) {
      int end = p.length();
      int i = end;
      while (i > 0 && Character.isLetter(p.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        any |= end == 0 || !isDigit(p.charAt(end - 1));
        continue;
      }
      lastWords.add(lower(p, i, end));
    }
    this.open = any;
  }

  @Override
  public boolean mayHold(String text, int from, int to) {
    if (open) {
      return true;
    }
    for (int p = Math.max(from + 1, 1); p < to; p++) {
      if (!isSpace(text.charAt(p)) || isSpace(text.charAt(p - 1))) {
        continue; // not where a run of white space starts
      }
      char c = text.charAt(p - 1);
      if (isDigit(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        int i = p - 1;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          i--;
        }
        if (lastWords.contains(lower(text, i, p))) {
          return true;
        }
      }
    }
    return false;
  }

  /** ASCII lower case, as {@code (?i)} without Unicode case folds. */
  private static String lower(String s, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }

  /** {@code \d} without the Unicode flag. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s} without the Unicode flag. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
