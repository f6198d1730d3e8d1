package org.trucewatch.clean.html;

import java.util.List;
import org.trucewatch.clean.Block;

/**
 * A second opinion on which blocks are the story, judged block by block in the manner of jusText (Pomikálek 2011)
 * rather than by container: long prose with few links is good, link lists and short lines are bad, and short or
 * middling blocks take the class of the good or bad blocks around them. It needs no stop-word list, so it reads any
 * language: "prose" is text with sentence punctuation and enough words. Stateless and thread-safe.
 */
final class ParagraphClassifier {

  /** jusText's classes. */
  enum Kind {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  /** Below this length a block is SHORT and takes its class from its neighbours. */
  static final int LENGTH_LOW = 70;

  /** From this length a prose block is GOOD on its own. */
  static final int LENGTH_HIGH = 200;

  /** jusText's limit on a good block's link text. */
  static final double MAX_LINK_DENSITY = 0.2;

  /** A heading is kept when a good block follows within this many characters. */
  static final int HEADING_REACH = 200;

  private ParagraphClassifier() {}

  /** One verdict per block, true for the story's: jusText's context-sensitive revision of the initial classes. */
  static boolean[] classify(List<TextBlock> blocks, List<Hints.Role> roles) {
    int n = blocks.size();
    Kind[] initial = new Kind[n];
    Kind[] k = new Kind[n];
    for (int i = 0; i < n; i++) {
      initial[i] = initial(blocks.get(i), roles.get(i));
      k[i] = initial[i];
    }
    // A short heading just before good text is near-good.
    for (int i = 0; i < n; i++) {
      if (blocks.get(i).kind() == Block.Kind.HEADING && k[i] == Kind.SHORT && goodFollows(blocks, k, i)) {
        k[i] = Kind.NEAR_GOOD;
      }
    }
    Kind[] revised = k.clone();
    for (int i = 0; i < n; i++) {
      if (k[i] != Kind.SHORT) {
        continue;
      }
      Kind prev = neighbour(k, i, -1, true);
      Kind next = neighbour(k, i, +1, true);
      if (prev == Kind.GOOD && next == Kind.GOOD) {
        revised[i] = Kind.GOOD;
      } else if (prev == Kind.BAD && next == Kind.BAD) {
        revised[i] = Kind.BAD;
      } else {
        boolean nearGood = prev == Kind.BAD && neighbour(k, i, -1, false) == Kind.NEAR_GOOD
            || next == Kind.BAD && neighbour(k, i, +1, false) == Kind.NEAR_GOOD;
        revised[i] = nearGood ? Kind.GOOD : Kind.BAD;
      }
    }
    k = revised;
    for (int i = 0; i < n; i++) {
      if (k[i] == Kind.NEAR_GOOD) {
        boolean badAround = neighbour(k, i, -1, true) == Kind.BAD && neighbour(k, i, +1, true) == Kind.BAD;
        k[i] = badAround ? Kind.BAD : Kind.GOOD;
      }
    }
    // A heading judged bad only by its neighbours is kept when good text follows it.
    for (int i = 0; i < n; i++) {
      if (blocks.get(i).kind() == Block.Kind.HEADING && k[i] == Kind.BAD && initial[i] != Kind.BAD
          && goodFollows(blocks, k, i)) {
        k[i] = Kind.GOOD;
      }
    }
    boolean[] good = new boolean[n];
    for (int i = 0; i < n; i++) {
      good[i] = k[i] == Kind.GOOD;
    }
    return good;
  }

  private static boolean goodFollows(List<TextBlock> blocks, Kind[] k, int i) {
    int distance = 0;
    for (int j = i + 1; j < k.length && distance <= HEADING_REACH; j++) {
      if (k[j] == Kind.GOOD) {
        return true;
      }
      distance += blocks.get(j).length();
    }
    return false;
  }

  static Kind initial(TextBlock b, Hints.Role role) {
    if (role == Hints.Role.FURNITURE || role == Hints.Role.COMMENTS || role == Hints.Role.CAPTION) {
      return Kind.BAD;
    }
    String t = b.text();
    if (Boilerplate.isBoilerplate(t) || Boilerplate.isAppeal(t)) {
      return Kind.BAD;
    }
    double ld = b.linkDensity();
    if (ld > MAX_LINK_DENSITY) {
      return Kind.BAD;
    }
    if (b.length() < LENGTH_LOW) {
      return ld > 0 ? Kind.BAD : Kind.SHORT;
    }
    boolean prose = isProse(b);
    if (prose && b.length() >= LENGTH_HIGH) {
      return Kind.GOOD;
    }
    return prose ? Kind.NEAR_GOOD : Kind.BAD;
  }

  /** Text written in sentences: enough words and a sentence stop or a comma inside it. */
  static boolean isProse(TextBlock b) {
    String t = b.text();
    int stops = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ',' || c == '。' || c == '、' || c == '，' || c == '؟' || c == '،'
          || c == '։' || c == ';') {
        stops++;
      }
    }
    // Scripts without spaces between words give few "words": count their characters in pairs instead.
    if (stops == 0) {
      return false;
    }
    int words = b.words();
    return words >= BlockJudge.SENTENCE_WORDS || cjkChars(t) / 2 >= BlockJudge.SENTENCE_WORDS;
  }

  private static int cjkChars(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(t.charAt(i));
      if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
          || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI) {
        n++;
      }
    }
    return n;
  }

  /**
   * The nearest class before ({@code step} -1) or after (+1), skipping short blocks and, when asked, near-good ones;
   * the page's edge counts as bad.
   */
  private static Kind neighbour(Kind[] k, int i, int step, boolean skipNearGood) {
    for (int j = i + step; j >= 0 && j < k.length; j += step) {
      if (k[j] == Kind.SHORT || skipNearGood && k[j] == Kind.NEAR_GOOD) {
        continue;
      }
      return k[j];
    }
    return Kind.BAD;
  }
}
