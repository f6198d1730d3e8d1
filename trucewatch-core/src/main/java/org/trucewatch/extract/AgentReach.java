package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * How far after "by" an attack's agent may be named: a few words of description may stand before it ("launched by
 * the outlawed separatist Mountain Brigade"), so long as they are only a determiner, adjectives and common nouns
 * that qualify the name. Stateless.
 */
final class AgentReach {

  /** The most words of description between "by" and the agent's name, past the three any name may have. */
  static final int DESCRIBED = 5;
  private static final Set<String> QUALIFYING = Set.of("DET", "ADJ", "NOUN");

  private AgentReach() {}

  /**
   * Whether an actor named at {@code name} is the one the preposition {@code prep} at {@code at} introduces: within
   * three words, or past a description after "by".
   */
  static boolean reaches(List<Token> tokens, String prep, int at, int name) {
    return name <= at + 3 || prep.equals("by") && describes(tokens, at + 1, name);
  }

  /** Whether tokens {@code [from, to)} are all a lower-case determiner, adjective or noun (a description). */
  static boolean describes(List<Token> tokens, int from, int to) {
    if (to - from > DESCRIBED) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token w = tokens.get(k);
      String lower = w.text().toLowerCase(java.util.Locale.ROOT);
      if (w.tag() == null || !QUALIFYING.contains(w.tag()) || !w.text().equals(lower)) {
        return false;
      }
    }
    return true;
  }
}
