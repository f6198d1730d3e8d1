package org.trucewatch.resolve.geo;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for name matching, with each folded character's offset in the original so that matches map back.
 * Folding is that of {@link org.trucewatch.internal.Texts#foldKey}: lower case, accents stripped, {@code ə→a},
 * {@code ı→i}, hyphens and every run of white space to one space; apostrophes are kept (as {@code '}) so that a
 * possessive "Ganja's" still ends the name at a word boundary, and the gazetteer indexes names both with and without
 * their own apostrophes.
 */
final class FoldedText {

  private final String text;
  private final int[] origin;
  private final int originalLength;

  private FoldedText(String text, int[] origin, int originalLength) {
    this.text = text;
    this.origin = origin;
    this.originalLength = originalLength;
  }

  static FoldedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length() + 1];
    boolean lastSpace = true; // drops leading space
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int width = Character.charCount(cp);
      if (isSpace(cp) || cp == '-' || cp == '–') {
        if (!lastSpace) {
          origin = put(out, origin, ' ', i);
          lastSpace = true;
        }
      } else if (isApostrophe(cp)) {
        origin = put(out, origin, '\'', i);
        lastSpace = false;
      } else if (cp < 128) {
        origin = put(out, origin, Character.toLowerCase((char) cp), i);
        lastSpace = false;
      } else {
        String folded = foldNonAscii(cp);
        for (int k = 0; k < folded.length(); k++) {
          origin = put(out, origin, folded.charAt(k), i);
        }
        lastSpace = folded.isEmpty() ? lastSpace : false;
      }
      i += width;
    }
    return new FoldedText(out.toString(), origin, original.length());
  }

  private static int[] put(StringBuilder out, int[] origin, char c, int from) {
    if (out.length() == origin.length) {
      origin = Arrays.copyOf(origin, origin.length * 2);
    }
    origin[out.length()] = from;
    out.append(c);
    return origin;
  }

  private static String foldNonAscii(int cp) {
    switch (cp) {
      case 'ə', 'Ə':
        return "a";
      case 'ı', 'İ':
        return "i";
      default:
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
          char c = d.charAt(k);
          if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.ENCLOSING_MARK
              && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
            b.append(Character.toLowerCase(c));
          }
        }
        return b.toString();
    }
  }

  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == 'ʼ';
  }

  /** The white space that {@code Texts.collapseSpaces} collapses. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || cp == '\u00A0' || (cp >= '\u2000' && cp <= '\u200B') || cp == '\u202F'
        || cp == '\u205F' || cp == '\u3000' || cp == '\uFEFF';
  }

  String text() {
    return text;
  }

  /** Offset in the original of the folded character at {@code foldedIndex}. */
  int start(int foldedIndex) {
    return origin[foldedIndex];
  }

  /** Offset in the original just past the folded character at {@code foldedIndex}. */
  int end(int foldedIndex) {
    int next = foldedIndex + 1;
    // Several folded chars can come from one original char ("ﬁ" → "fi"): skip to the next original char.
    while (next < text.length() && origin[next] == origin[foldedIndex]) {
      next++;
    }
    return next < text.length() ? origin[next] : originalLength;
  }
}
