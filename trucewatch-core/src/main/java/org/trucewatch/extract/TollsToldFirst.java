package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A story's toll told before any act, right before the sentence that places the act ("Four soldiers were killed on
 * Tuesday, the ministry said. It said enemy troops had fired on positions near X."): the placed attack that next
 * sentence names first, of the toll's day and still without any figure, takes it. Reads the logged events of one
 * article; the report stays a report of its own (a toll told for an attack is one too). A toll some attack already
 * holds, one told after an act (that act's, a total, or a count told on), or one of several days ("at the weekend":
 * it may sum the acts of those days) links nothing. Stateless.
 */
final class TollsToldFirst {

  private TollsToldFirst() {
  }

  static List<Event> linked(List<Event> events) {
    List<Event> out = null;
    for (Event r : events) {
      if (r.type() != EventType.CASUALTY_REPORT || r.casualties() == null || r.casualties().isEmpty()
          || r.casualties().since() != null || r.date() == null || r.dateEnd() != null) {
        continue;
      }
      List<Event> now = out == null ? events : out;
      int told = r.evidence().get(0).sentence();
      if (actOf(now, told) || held(now, r.casualties())) {
        continue;
      }
      int next = nextPlaced(now, r, told + 1);
      if (next >= 0) {
        out = out == null ? new ArrayList<>(events) : out;
        Casualties c = r.casualties();
        out.set(next, now.get(next).withTollFrom(Casualties.withFigures(null, c.killed(), c.wounded()), r));
      }
    }
    return out == null ? events : out;
  }

  // an attack told in the toll's sentence or before it: the toll is that act's, a total, or a count told on
  private static boolean actOf(List<Event> events, int sentence) {
    return events.stream().anyMatch(e -> e.type() == EventType.ATTACK
        && e.evidence().stream().anyMatch(v -> v.sentence() <= sentence));
  }

  // some attack already holds those very figures
  private static boolean held(List<Event> events, Casualties c) {
    return events.stream().anyMatch(e -> e.type() == EventType.ATTACK && e.casualties() != null
        && Objects.equals(e.casualties().killed(), c.killed()) && Objects.equals(e.casualties().wounded(), c.wounded()));
  }

  /** The first placed attack first told at {@code sentence}, of the report's day and with no figure; -1 if none. */
  private static int nextPlaced(List<Event> events, Event r, int sentence) {
    for (int i = 0; i < events.size(); i++) {
      Event a = events.get(i);
      if (a.type() == EventType.ATTACK && a.location() != null && a.evidence().get(0).sentence() == sentence) {
        boolean fits = (a.casualties() == null || a.casualties().isEmpty()) && r.date().equals(a.date())
            && (r.location() == null || r.location().equals(a.location()));
        return fits ? i : -1; // the place the next sentence names first, or none
      }
    }
    return -1;
  }
}
