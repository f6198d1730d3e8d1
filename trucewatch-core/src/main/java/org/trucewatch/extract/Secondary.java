package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/** Tests the secondary finders share. Stateless. */
final class Secondary {

  // Words that make talks planned, wished for, past or denied rather than held: "agreed to meet again", "calls for
  // talks", "previous negotiations", "no talks".
  private static final Set<String> NOT_HELD = Set.of("will", "would", "could", "should", "may", "might", "to", "plan",
      "plans", "planned", "hope", "hopes", "call", "calls", "called", "urge", "urged", "previous", "earlier", "past",
      "former", "last", "next", "upcoming", "future", "further", "resume", "resumption", "new", "no", "not", "never",
      "without", "failed", "since", "before", "stalled", "collapsed", "refused", "rejected", "boycotted");

  private Secondary() {}

  /** Whether one of the six words before {@code at}, in its clause, makes the talks at it not held. */
  static boolean hypothetical(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      if (NOT_HELD.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
