package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "Jets pounded X's suburbs, and a strike on a building in Y killed 16 people": a figure whose own clause names an
 * attack's place before it (from the last comma or semicolon up to the figure) is that attack's toll, not the toll of
 * the place the sentence names first. Reads the sentence's attacks and place spans; answers which attack. Stateless.
 */
final class TollSubjectPlace {

  private TollSubjectPlace() {
  }

  /**
   * The index in {@code events} (within {@code range}) of the attack of this sentence, without a figure yet, whose
   * place the figure's own clause names first before the figure at {@code figure}; -1 when the clause names none.
   */
  static int attack(List<Event> events, int[] range, AnnotatedSentence s, int figure) {
    return firstPlacedIn(events, range, s, clauseStart(s.sentence().tokens(), figure), figure);
  }

  /**
   * The index in {@code events} (within {@code range}) of the attack of this sentence, without a figure yet, whose
   * place is named first among the sentence's place spans lying in tokens {@code [from, to)}; -1 when none is.
   */
  static int firstPlacedIn(List<Event> events, int[] range, AnnotatedSentence s, int from, int to) {
    int here = s.sentence().index();
    int best = -1;
    int bestFrom = Integer.MAX_VALUE;
    for (int i = range[0]; i < range[1]; i++) {
      Event e = events.get(i);
      if (e.type() != EventType.ATTACK || e.casualties() != null || e.location() == null
          || e.evidence().get(0).sentence() != here) {
        continue;
      }
      for (Spans.PlaceSpan p : s.places()) {
        if (p.location().equals(e.location()) && p.from() >= from && p.to() <= to && p.from() < bestFrom) {
          best = i;
          bestFrom = p.from();
        }
      }
    }
    return best;
  }

  // the token after the last comma or semicolon before the figure: where its clause begins
  private static int clauseStart(List<Token> tokens, int figure) {
    for (int j = Math.min(figure, tokens.size()) - 1; j >= 0; j--) {
      String t = tokens.get(j).text();
      if (t.equals(",") || t.equals(";")) {
        return j + 1;
      }
    }
    return 0;
  }
}
