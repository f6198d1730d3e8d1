package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word 4-gram shingles of a text, as the article-extraction benchmark counts them (its {@code evaluate.py}; the
 * benchmark's own port, {@code BodyF1}, is in trucewatch-bench): {@code \w+} tokens with Python's Unicode semantics
 * (letters, numbers and the underscore; combining marks end a token). Stateless and thread-safe.
 */
public final class Shingles {

  /** Shingle length. */
  public static final int NGRAM = 4;

  private Shingles() {}

  /** The {@code \w+} tokens of {@code text} (null reads as empty), in order. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** Python's {@code \w} for str patterns: {@code str.isalnum()} or the underscore. */
  public static boolean isWord(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Shingle counts of a token list: one short shingle when there are fewer than n tokens. */
  public static Map<List<String>, Integer> of(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
