package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * A truce told inside the thing agreed ("agreed on a package of measures that includes a ceasefire", "signed a deal
 * providing for a truce"): the container phrase stands for the truce, so that an agreeing word reaches the truce
 * through it. The link (lexicon: cfcue holds) stands right before the truce word, past its article and modifiers, and
 * right after the container's noun. Stateless and thread-safe.
 */
final class TruceContainers {

  private static final int HEAD_REACH = 5; // words of the container phrase: "a package of measures"

  private TruceContainers() {}

  /**
   * The first word of the container phrase that holds the truce word {@code n} ("a" of "a package of measures that
   * includes a ceasefire"), or {@code n.from()} where the truce stands in none.
   */
  static int from(Lexicon lexicon, List<Token> tokens, Lexicon.Match n) {
    int k = n.from() - 1;
    while (k >= 0 && n.from() - k <= 3 && ("DET".equals(tokens.get(k).tag()) || "ADJ".equals(tokens.get(k).tag()))) {
      k--; // "that includes a nationwide ceasefire"
    }
    for (int j = k; j >= Math.max(1, k - 2); j--) {
      Lexicon.Entry cue = lexicon.at(tokens, j, "cfcue");
      if (cue == null || !cue.value().equals("holds") || j + cue.words().length != k + 1) {
        continue;
      }
      return "NOUN".equals(tokens.get(j - 1).tag()) ? head(tokens, j) : n.from(); // "including a truce" alone
    }
    return n.from();
  }

  // the container phrase ending at the noun right before the link at {@code link}, with its modifiers, "of", article
  private static int head(List<Token> tokens, int link) {
    int k = link - 1;
    while (k > 0 && link - k < HEAD_REACH && container(tokens.get(k - 1))) {
      k--;
    }
    if (k > 0 && "DET".equals(tokens.get(k - 1).tag())) {
      k--;
    }
    return k;
  }

  private static boolean container(Token t) {
    String tag = t.tag();
    return "NOUN".equals(tag) || "PROPN".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag)
        || Lexicon.lower(t).equals("of");
  }
}
