package org.trucewatch.resolve.geo;

/**
 * Cheap necessary conditions of some of this package's anchored expressions, read from the characters next to a
 * mention: where one fails, the expression cannot match and is not run (most mentions have no qualifier beside them).
 */
final class RegexGates {

  private RegexGates() {}

  /** Whether {@code c} is in {@code \s} as {@link java.util.regex.Pattern} reads it without flags. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the first character after the {@code \s} run at {@code end} of {@code text} may open what
   * {@link IndexReadings}' container expressions need there: a comma, or (after at least one space) one of
   * {@code firstLetters}. False: no such expression matches at {@code end}, in any window of the text from there.
   */
  static boolean mayQualify(String text, int end, String firstLetters) {
    int i = end;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == ',' || i > end && firstLetters.indexOf(c) >= 0;
  }

  /**
   * Whether {@code s}, less a final line terminator that {@code $} may stand before and then its run of {@code \s},
   * ends with one of {@code words} (in any case): what an expression ending {@code (words)\s+$} needs. False: it
   * cannot match.
   */
  static boolean endsWithWordThenSpace(String s, String[] words) {
    int t = s.length();
    if (t > 0 && (s.charAt(t - 1) == '\u0085' || s.charAt(t - 1) == '\u2028' || s.charAt(t - 1) == '\u2029')) {
      t--;
    }
    int k = t;
    while (k > 0 && isSpace(s.charAt(k - 1))) {
      k--;
    }
    if (k == t) {
      return false; // \s+ before the end needs a space
    }
    for (String w : words) {
      if (k >= w.length() && s.regionMatches(true, k - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }
}
