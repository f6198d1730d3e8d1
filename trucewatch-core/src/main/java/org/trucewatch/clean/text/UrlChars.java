package org.trucewatch.clean.text;

/**
 * Counts the characters of a line that are URLs, e-mail addresses or handles, in one pass. It finds what the regex
 * {@code (?i)https?://\S+ | www\.\S+ | \b[\w-]+\.(com|org|net|ir|ru|az|am|info|news|co\.uk|tv)\b(/\S*)? |
 * \S+@\S+\.\w+ | @\w{2,}} found, but that regex rescanned a run without spaces from every start (40,000 characters
 * took 20 s); here each run is measured once, so the cost is linear in the line.
 */
final class UrlChars {

  private static final String[] DOMAINS = {"com", "org", "net", "ir", "ru", "az", "am", "info", "news", "co.uk", "tv"};

  private UrlChars() {}

  static int count(String s) {
    int n = s.length();
    int total = 0;
    // The run of non-spaces holding i: its end, its last usable '.' (one before a \w) and last '@' before that.
    int runEnd = -1;
    int mailAt = -1;
    int mailEnd = -1;
    // The [\w-] run holding i and where its domain ends (-1: none); every start inside it shares them.
    int wordRunEnd = -1;
    int domainEnd = -1;
    int i = 0;
    while (i < n) {
      if (isSpace(s.charAt(i))) {
        i++;
        continue;
      }
      if (i >= runEnd) {
        runEnd = i;
        while (runEnd < n && !isSpace(s.charAt(runEnd))) {
          runEnd++;
        }
        int dot = -1;
        for (int k = runEnd - 2; k > i && dot < 0; k--) {
          if (s.charAt(k) == '.' && isWord(s.charAt(k + 1))) {
            dot = k;
          }
        }
        mailAt = -1;
        for (int k = dot - 2; k > i && mailAt < 0; k--) {
          if (s.charAt(k) == '@') {
            mailAt = k;
          }
        }
        mailEnd = dot < 0 ? -1 : wordEnd(s, dot + 1);
      }
      int end = -1;
      if (startsWithIgnoreCase(s, i, "http://") && i + 7 < runEnd
          || startsWithIgnoreCase(s, i, "https://") && i + 8 < runEnd
          || startsWithIgnoreCase(s, i, "www.") && i + 4 < runEnd) {
        end = runEnd;
      }
      if (end < 0 && (isWord(s.charAt(i)) || s.charAt(i) == '-')) {
        if (i >= wordRunEnd) {
          wordRunEnd = i;
          while (wordRunEnd < n && (isWord(s.charAt(wordRunEnd)) || s.charAt(wordRunEnd) == '-')) {
            wordRunEnd++;
          }
          domainEnd = domain(s, wordRunEnd);
        }
        if (domainEnd >= 0 && isBoundary(s, i)) {
          end = domainEnd < n && s.charAt(domainEnd) == '/' ? runEnd : domainEnd;
        }
      }
      if (end < 0 && i < mailAt) {
        end = mailEnd;
      }
      if (end < 0 && s.charAt(i) == '@' && wordEnd(s, i + 1) >= i + 3) {
        end = wordEnd(s, i + 1);
      }
      if (end < 0) {
        i++;
      } else {
        total += end - i;
        i = end;
      }
    }
    return total;
  }

  /** After a [\w-] run ending at {@code r}: the end of {@code \.(com|...|tv)\b}, or -1. */
  private static int domain(String s, int r) {
    if (r >= s.length() || s.charAt(r) != '.') {
      return -1;
    }
    for (String d : DOMAINS) {
      int e = r + 1 + d.length();
      if (startsWithIgnoreCase(s, r + 1, d) && isBoundary(s, e)) {
        return e;
      }
    }
    return -1;
  }

  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isWord(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** ASCII-only case folding, as {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} ("ſ" is no "s"). */
  private static boolean startsWithIgnoreCase(String s, int i, String prefix) {
    if (i < 0 || i + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      char c = s.charAt(i + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Java 17's {@code \b}: a Unicode letter, digit or '_' (or a mark on one) on exactly one side. */
  private static boolean isBoundary(String s, int i) {
    boolean left = i > 0 && isBoundWord(s, Character.codePointBefore(s, i), i - 1);
    boolean right = i < s.length() && isBoundWord(s, Character.codePointAt(s, i), i);
    return left ^ right;
  }

  private static boolean isBoundWord(String s, int cp, int at) {
    if (cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.NON_SPACING_MARK) {
      return false;
    }
    for (int x = at; x >= 0; x--) {
      int c = Character.codePointAt(s, x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /** Java regex {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Java regex {@code \w} (ASCII; case-insensitive matching does not widen it). */
  private static boolean isWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
