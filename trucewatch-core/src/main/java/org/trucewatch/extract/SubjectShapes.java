package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * Shapes of a speaker's words that {@link Subjects} reads besides a plain noun phrase: a surname the tagger took for an
 * adjective, a title that ends in a body's capitalised name, the subject of a relative clause with no relative word.
 * Stateless.
 */
final class SubjectShapes {

  private SubjectShapes() {}

  /**
   * "Petrenko says": a surname alone before the verb, which the tagger, not knowing it, read as an adjective (a
   * capitalised word with lower-case letters after its first; no demonym stands alone as a speaker).
   */
  static boolean loneName(List<Token> tokens, int from, int to) {
    if (to - from != 1 || !"ADJ".equals(tokens.get(from).tag())) {
      return false;
    }
    String w = tokens.get(from).text();
    return w.length() > 2 && Character.isUpperCase(w.charAt(0))
        && w.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /**
   * Whether the title before the comma at {@code comma} ends in a body's capitalised name held by a common noun's "of"
   * ("the head of the Regional Council"): a title too, whose last word is capitalised.
   */
  static boolean titleOfName(List<Token> tokens, int comma) {
    for (int k = comma - 1; k > 0 && comma - k <= 6; k--) {
      String w = tokens.get(k).text();
      if (w.equals("of")) {
        String head = tokens.get(k - 1).text();
        return "NOUN".equals(tokens.get(k - 1).tag()) && Character.isLowerCase(head.charAt(0));
      }
      if (!Character.isUpperCase(tokens.get(k).text().charAt(0)) && !w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "..., in strikes local media blamed on the rebels": a relative clause with no relative word, whose subject opens
   * right after the noun it tells of (a determiner or adjective after a noun); where that subject starts in
   * {@code [from, to)}, or -1.
   */
  static int contactSubject(List<Token> tokens, int from, int to) {
    for (int p = from + 1; p < to; p++) {
      String tag = tokens.get(p).tag();
      if ("NOUN".equals(tokens.get(p - 1).tag()) && ("DET".equals(tag) || "ADJ".equals(tag))
          && Subjects.npLike(tokens, p, to)) {
        return p;
      }
    }
    return -1;
  }
}
