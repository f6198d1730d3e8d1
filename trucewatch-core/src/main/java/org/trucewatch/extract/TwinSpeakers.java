package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "Rockets hit a camp west of the city, killing nine. ... Rockets fired at 06:00 hit the camps near X, local sources
 * said.": a summary and the full account of one act that stay two attacks (two places a few km apart) are still told
 * by one source; an attack no one alleges takes the allegations of its twin, and one no one denies its twin's
 * denials. Twins: one day, one named attacker, one kind of fire, places within {@link ActsToldTwice#NEAR_KM} (an
 * unplaced attack only where the day's twin is the one candidate). Runs once the article's events are final, so it
 * changes no other field. Stateless.
 */
final class TwinSpeakers {

  private TwinSpeakers() {}

  /** The events, each unspoken one lent its twin's speakers. */
  static List<Event> lend(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Event lent = lent(e, events, c -> c.stance() != Stance.DENIES);
      out.add(lent(lent, events, c -> c.stance() == Stance.DENIES));
    }
    return out;
  }

  private static Event lent(Event e, List<Event> events, Predicate<Claim> kind) {
    if (!attack(e) || e.claims().stream().anyMatch(kind)) {
      return e;
    }
    List<Event> twins = new ArrayList<>();
    for (Event o : events) {
      if (o != e && attack(o) && o.date().equals(e.date()) && e.perpetratorSide().equals(o.perpetratorSide())
          && EventMerges.sameFire(e.subtype(), o.subtype()) && o.claims().stream().anyMatch(kind)) {
        twins.add(o);
      }
    }
    Event twin = null;
    double best = Double.MAX_VALUE;
    for (Event o : twins) {
      if (e.location() == null || o.location() == null) {
        // (with no place to compare, only the day's one candidate is sure to be the same act)
        twin = twins.size() == 1 ? o : null;
        break;
      }
      double km = ActsToldTwice.km(e.location(), o.location());
      if (km <= ActsToldTwice.NEAR_KM && km < best) {
        best = km;
        twin = o;
      }
    }
    if (twin == null) {
      return e;
    }
    List<Claim> claims = new ArrayList<>(e.claims());
    twin.claims().stream().filter(kind).forEach(claims::add);
    return e.withClaims(claims);
  }

  // an attack dated and with its attacker named or inferred: only those can be told to be one act
  private static boolean attack(Event e) {
    return e.type() == EventType.ATTACK && e.date() != null && e.perpetratorSide() != null
        && Objects.nonNull(e.evidence());
  }
}
