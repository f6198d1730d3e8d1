package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * Whether a truce status told in a sentence is news of the truce itself, for {@link CeasefireFinder}: a breach told
 * with a death or a wound ("a soldier was killed when the enemy violated the ceasefire") is the attack's, linked to
 * its truce, not a truce event of its own; an end told as a habit ("has frayed repeatedly since", lexicon: ongoing)
 * is no day's end. Reads tokens and the lexicon; stateless.
 */
final class TruceNews {

  private static final int HABIT_REACH = 3; // words after a status word that may tell it as a habit

  private TruceNews() {}

  /** Whether the sentence tells someone killed or wounded (lexicon: casualty killed, wounded). */
  static boolean harm(Lexicon lexicon, List<Token> tokens) {
    return lexicon.find(tokens, "casualty").stream()
        .anyMatch(m -> m.value().equals("killed") || m.value().equals("wounded"));
  }

  /** Whether a going-on word (lexicon: ongoing) follows the status word within its clause ("frayed steadily"). */
  static boolean habit(Lexicon lexicon, List<Token> tokens, CeasefireFinder.Status st) {
    for (int k = st.to(); k < Math.min(tokens.size(), st.to() + HABIT_REACH); k++) {
      if (tokens.get(k).text().matches("[,;:.]")) {
        return false;
      }
      if (lexicon.at(tokens, k, "ongoing") != null) {
        return true;
      }
    }
    return false;
  }
}
