package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * The words that negate what follows them, the lexicon's {@code negator} rows: a verb's ("not", "n't", "never": value
 * {@code verb}) or a noun's ("no", "nobody", "none": value {@code noun}). One list for every reader that asks whether
 * a blame, a claim, an agreement or an act is said not to be. Reads tokens; writes nothing. Stateless.
 */
final class Negators {

  static final String CATEGORY = "negator";

  private Negators() {}

  /** Whether a negator stands in tokens {@code [from, to)} (clipped to the sentence). */
  static boolean within(Lexicon lexicon, List<Token> tokens, int from, int to) {
    return lexicon.startsIn(tokens, from, to, CATEGORY);
  }

  /** Whether token {@code k} negates a verb ("did not fire", "never shelled"), not a noun ("no shelling"). */
  static boolean ofVerb(Lexicon lexicon, List<Token> tokens, int k) {
    Lexicon.Entry e = lexicon.at(tokens, k, CATEGORY);
    return e != null && e.value().equals("verb");
  }
}
