package org.trucewatch.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An act told first with no day of its own ("Houthi missile kills 45 soldiers at Marib base", "a strike on the camp
 * has killed 40", dated by the news) and given its day a few sentences on ("The missile hit the base on Friday") is
 * that act, not a second one on the day of the news: it joins the dated telling when that is the only attack of its
 * kind of fire at the place dated one to three days before the news in those sentences. Two or more such days leave
 * the first telling on the story's day, as an unclear day should. Stateless; returns a new list.
 */
final class DayToldAfter {

  /** How many sentences after the dayless telling the day may come (the lead's next sentence, or the one after). */
  static final int AHEAD = 2;

  private DayToldAfter() {}

  /** The events with each dayless first telling joined to the act a following sentence dates. */
  static List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event first = out.get(i);
      if (!dayless(first)) {
        continue;
      }
      int only = -1;
      for (int j = 0; j < out.size(); j++) {
        Event dated = out.get(j);
        if (j != i && dated != null && datedAfter(first, dated)) {
          only = only < 0 ? j : Integer.MAX_VALUE;
        }
      }
      if (only >= 0 && only != Integer.MAX_VALUE) {
        out.set(only, joined(out.get(only), first));
        out.set(i, null);
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /**
   * The dated telling joined by the first. The dated telling keeps its own reading of the attacker (an inferred one
   * stays inferred, so later merges weigh it as before); an attacker the first named fills one it did not tell.
   */
  private static Event joined(Event dated, Event first) {
    Event by = dated.perpetrator() != null || first.perpetrator() == null ? dated : first;
    return dated.mergedWith(first).withPerpetratorOf(by);
  }

  // an attack at a place on the news day only because the story is of that day
  private static boolean dayless(Event e) {
    return e != null && e.type() == EventType.ATTACK && e.location() != null && e.date() != null
        && e.dateEnd() == null && e.dateBasis() == DateBasis.PUBLICATION;
  }

  /** Whether {@code dated}, told in its own words soon after {@code first}, is first's act on an earlier day. */
  static boolean datedAfter(Event first, Event dated) {
    if (dated.type() != EventType.ATTACK || dated.location() == null || dated.date() == null
        || dated.dateEnd() != null || dated.dateBasis() == DateBasis.PUBLICATION
        || !EventMerges.name(dated.location()).equals(EventMerges.name(first.location()))
        || !EventMerges.sameFire(first.subtype(), dated.subtype())) {
      return false;
    }
    int gap = dated.evidence().get(0).sentence() - first.evidence().get(0).sentence();
    long days = ChronoUnit.DAYS.between(dated.date(), first.date());
    return gap > 0 && gap <= AHEAD && days >= 1 && days <= 3 && oneAttacker(first, dated);
  }

  // an attacker named by both must be of one side; an inferred or untold one parts nothing
  private static boolean oneAttacker(Event a, Event b) {
    return a.perpetrator() == null || b.perpetrator() == null || a.perpetratorInferred() || b.perpetratorInferred()
        || Objects.equals(a.perpetratorSide(), b.perpetratorSide());
  }
}
