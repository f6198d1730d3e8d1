package org.trucewatch.extract;

import java.util.List;

/**
 * A toll that attacks of one sentence could each own ("shelled positions around A and B; four soldiers were killed"):
 * the sentence tells one act at several places, and a writer who gives it one toll in a sentence of its own gives it
 * to the place named first. Attacks told in two sentences stay rivals (whose toll is not told). Stateless.
 */
final class OneTellingTolls {

  private OneTellingTolls() {
  }

  /**
   * The first of {@code candidates} (indices into {@code events}) when all are told first in one sentence, and the
   * toll {@code report} in another; else {@link OnlyAttackTolls#SEVERAL}. A toll in the listing sentence itself ("shelling of A and B killed 15")
   * is their shared total, no place's own.
   */
  static int firstOfOneTelling(List<Event> events, List<Integer> candidates, Event report) {
    if (candidates.size() < 2) {
      return OnlyAttackTolls.SEVERAL;
    }
    Event first = events.get(candidates.get(0));
    if (report.evidence().stream().anyMatch(e -> e.sentence() == first.evidence().get(0).sentence())) {
      return OnlyAttackTolls.SEVERAL;
    }
    for (int i : candidates) {
      if (!sameTelling(events.get(i), first)) {
        return OnlyAttackTolls.SEVERAL;
      }
    }
    return candidates.get(0);
  }

  /** Whether two attacks are first told in the same sentence. */
  static boolean sameTelling(Event a, Event b) {
    return !a.evidence().isEmpty() && !b.evidence().isEmpty()
        && a.evidence().get(0).sentence() == b.evidence().get(0).sentence();
  }
}
