package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Words that say who holds ground ("rebel-held", "Houthi-controlled", "army-run"): a compound of a side's name and a
 * holding participle, which qualifies the place after it as an adjective does, whatever the tagger read it as. The
 * side such a word names holds the place; it neither acts in the clause nor is the place named a subject.
 */
final class HoldingCompounds {

  // the holding participles that close such a compound
  private static final Set<String> HOLDING = Set.of("held", "controlled", "run", "occupied", "ruled", "dominated",
      "besieged");
  // a compound of more parts than this ("well-held-and-…") is no name and participle
  private static final int MAX_PARTS = 3;

  private HoldingCompounds() {}

  /** Whether the token at {@code k} is a side's name joined to a holding participle ("RSF-held"). */
  static boolean at(List<Token> tokens, int k) {
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(k));
    int dash = w.lastIndexOf('-');
    return dash > 0 && w.split("-").length <= MAX_PARTS && HOLDING.contains(w.substring(dash + 1));
  }
}
