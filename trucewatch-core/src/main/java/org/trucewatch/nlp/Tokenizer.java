package org.trucewatch.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way news English wants (Penn-style): words keep inner hyphens and apostrophes,
 * possessive {@code 's} and {@code n't} split off, numbers keep their separators (5,000 / 12:05 / 3.5), known
 * abbreviations and initials keep their period, URLs and e-mail addresses stay whole, every other mark is a token.
 * Immutable and thread-safe; about a million tokens a second on one core.
 *
 * <p>A hand-written scanner, not a regex: a regex group loop recurses once per repetition (a 9 KB "1,2,3,..." ran
 * the stack out) and an e-mail local part rescanned from every start is quadratic. Each character is looked at a
 * bounded number of times. It takes, at each position, the first of these that matches (as the former alternation
 * {@code https?://\S+[\w/] | www\.\S+[\w/] | [\w.+-]+@[\w-]+\.[\w.]+\w | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)? |
 * (?:\p{L}\.){2,} | [\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*\.? | \.{2,} | … | --+ | [^\s]} did).
 */
public final class Tokenizer {

  private final Abbreviations abbreviations;

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Tokens of {@code text}, whose first character stands at body offset {@code offset}. */
  public List<Token> tokenize(String text, int offset) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    // An e-mail local part that ran to here without an '@' fails for every start inside it too.
    int noMailBefore = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int e = url(text, i);
      if (e < 0 && i >= noMailBefore) {
        int local = run(text, i, Tokenizer::isMailLocal);
        e = local > i ? mail(text, local) : -1;
        if (e < 0) {
          noMailBefore = local;
        }
      }
      if (e < 0) {
        e = number(text, i);
      }
      boolean initials = false;
      if (e < 0) {
        e = initials(text, i);
        initials = e >= 0;
      }
      if (e < 0) {
        e = word(text, i);
      }
      if (e < 0) {
        e = marks(text, i);
      }
      // A word swallowed a final period: keep it only for an abbreviation or initials ("J.", "R.S. Pura").
      if (!initials && e - i > 1 && text.charAt(e - 1) == '.' && Character.isLetterOrDigit(text.charAt(e - 2))
          && !abbreviations.isAbbreviation(text.substring(i, e - 1)) && !isInitial(text, i, e)) {
        addWord(out, text, i, e - 1, offset);
        out.add(Token.of(e - 1 + offset, e + offset, text, e - 1, e));
      } else {
        addWord(out, text, i, e, offset);
      }
      i = e;
    }
    return out;
  }

  /** {@code https?://\S+[\w/]} or {@code www\.\S+[\w/]}: the end, or -1. */
  private static int url(String s, int i) {
    int j;
    if (s.startsWith("http://", i)) {
      j = i + 7;
    } else if (s.startsWith("https://", i)) {
      j = i + 8;
    } else if (s.startsWith("www.", i)) {
      j = i + 4;
    } else {
      return -1;
    }
    // At least one character, then the last [\w/] of the run of non-spaces.
    int end = -1;
    for (int k = j; k < s.length() && !isSpace(s.charAt(k)); k++) {
      if (k > j && (isWord(s.charAt(k)) || s.charAt(k) == '/')) {
        end = k + 1;
      }
    }
    return end;
  }

  /** The rest of {@code [\w.+-]+@[\w-]+\.[\w.]+\w} after the local part ending at {@code at}: the end, or -1. */
  private static int mail(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '@') {
      return -1;
    }
    int host = run(s, at + 1, c -> isWord(c) || c == '-');
    if (host == at + 1 || host >= s.length() || s.charAt(host) != '.') {
      return -1;
    }
    int from = host + 1;
    int end = -1;
    for (int k = from; k < s.length() && (isWord(s.charAt(k)) || s.charAt(k) == '.'); k++) {
      if (k > from && isWord(s.charAt(k))) {
        end = k + 1;
      }
    }
    return end;
  }

  /** {@code \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?}: the end, or -1. */
  private static int number(String s, int i) {
    int j = run(s, i, Tokenizer::isDigit);
    if (j == i) {
      return -1;
    }
    while (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',' || s.charAt(j) == ':')
        && isDigit(s.charAt(j + 1))) {
      j = run(s, j + 1, Tokenizer::isDigit);
    }
    for (String suffix : new String[] {"st", "nd", "rd", "th", "s"}) {
      if (s.startsWith(suffix, j)) {
        return j + suffix.length();
      }
    }
    return j;
  }

  /** {@code (?:\p{L}\.){2,}}: the end, or -1. */
  private static int initials(String s, int i) {
    int j = i;
    int count = 0;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      int k = j + Character.charCount(cp);
      if (!Character.isLetter(cp) || k >= s.length() || s.charAt(k) != '.') {
        break;
      }
      j = k + 1;
      count++;
    }
    return count >= 2 ? j : -1;
  }

  /** {@code [\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*\.?}: the end, or -1. */
  private static int word(String s, int i) {
    int j = wordRun(s, i);
    if (j == i) {
      return -1;
    }
    while (j + 1 < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '\'' || s.charAt(j) == '’')) {
      int k = wordRun(s, j + 1);
      if (k == j + 1) {
        break;
      }
      j = k;
    }
    return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
  }

  /** {@code \.{2,} | … | --+ | [^\s]}: the end (never -1, {@code i} is not a space). */
  private static int marks(String s, int i) {
    char c = s.charAt(i);
    if (c == '.' || c == '-') {
      int j = run(s, i, x -> x == c);
      if (j - i >= 2) {
        return j;
      }
    }
    return i + Character.charCount(s.codePointAt(i));
  }

  private static int wordRun(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (!isWordPart(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static int run(String s, int i, CharTest test) {
    int j = i;
    while (j < s.length() && test.test(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Java regex {@code \s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Java regex {@code \w}: ASCII letters, digits and underscore. */
  private static boolean isWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isMailLocal(char c) {
    return isWord(c) || c == '.' || c == '+' || c == '-';
  }

  /** {@code [\p{L}\p{M}\d]}: a letter, a combining mark or an ASCII digit. */
  private static boolean isWordPart(int cp) {
    if (cp >= '0' && cp <= '9') {
      return true;
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Splits a possessive or a contraction ("Armenia's", "didn't", "they'll") off a word that starts with a letter: the
   * word is {@code text}'s characters {@code [from, to)}, at body offset {@code offset + from}.
   */
  private static void addWord(List<Token> out, String text, int from, int to, int offset) {
    int cut = to - from > 2 && Character.isLetter(text.charAt(from)) ? clitic(text, from, to) : -1;
    if (cut > 0) {
      out.add(Token.of(from + offset, from + cut + offset, text, from, from + cut));
      out.add(Token.of(from + cut + offset, to + offset, text, from + cut, to));
    } else {
      out.add(Token.of(from + offset, to + offset, text, from, to));
    }
  }

  /**
   * Where {@code (?i)^(.+?)(['’]s|n['’]t|['’](?:ll|re|ve|d|m))$} would split {@code t}, or -1. The clitic is two or
   * three characters, the shorter head wins ("n't" before "'t"), and the head may hold no line terminator.
   */
  private static int clitic(String s, int from, int to) {
    int n = to - from;
    int cut = n >= 4 && isClitic(s, from + n - 3, to) ? n - 3 : isClitic(s, from + n - 2, to) ? n - 2 : -1;
    for (int h = 0; h < cut; h++) {
      char c = s.charAt(from + h);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return -1;
      }
    }
    return cut;
  }

  private static boolean isClitic(String t, int h, int to) {
    int len = to - h;
    if (len == 3 && lower(t.charAt(h)) == 'n' && isApostrophe(t.charAt(h + 1)) && lower(t.charAt(h + 2)) == 't') {
      return true;
    }
    if (!isApostrophe(t.charAt(h))) {
      return false;
    }
    char a = lower(t.charAt(h + 1));
    if (len == 2) {
      return a == 's' || a == 'd' || a == 'm';
    }
    char b = lower(t.charAt(h + 2));
    return a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e';
  }

  /** ASCII lower case, as {@code (?i)} without Unicode case folds it. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isInitial(String s, int from, int to) {
    return to - from == 2 && Character.isUpperCase(s.charAt(from));
  }
}
