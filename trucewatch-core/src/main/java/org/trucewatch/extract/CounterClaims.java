package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "Armenia said Azerbaijani forces fired at Verin Shorzha ... Baku said Armenian units fired in Kalbajar": where each
 * side alleges the other fired on the same day (or the next), each side's account is a denial of the other's, as wire
 * copy puts it ("each blaming the other"). Only where each side alleges one attack: in a war, both sides reporting
 * the other's daily fire on many places deny nothing (and "each side blaming the other" there is about the war). The
 * denial's speaker and evidence are those of the counter-allegation. Stateless.
 */
final class CounterClaims {

  private CounterClaims() {}

  static List<Event> link(List<Event> events, Sides sides) {
    List<Event> out = new ArrayList<>(events);
    java.util.Map<String, Integer> alleged = new java.util.HashMap<>();
    for (Event e : events) {
      Claim c = allegation(e, sides);
      if (c != null) {
        alleged.merge(c.side(), 1, Integer::sum);
      }
    }
    if (alleged.values().stream().anyMatch(n -> n > 1)) {
      return out;
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Claim own = allegation(e, sides);
      if (own == null) {
        continue;
      }
      for (Event other : events) {
        Claim counter = other == e ? null : allegation(other, sides);
        if (counter == null || !sameDays(e, other)
            // the counter-accuser is the side accused here, and accuses the first accuser's camp
            || !sides.sameCamp(counter.side(), e.perpetratorSide())
            || !sides.sameCamp(other.perpetratorSide(), own.side())) {
          continue;
        }
        Event current = out.get(i);
        boolean denied = current.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES
            && (c.side() == null || sides.sameCamp(c.side(), counter.side())));
        if (!denied) {
          List<Claim> claims = new ArrayList<>(current.claims());
          claims.add(new Claim(counter.actor(), counter.actorId(), counter.side(), Stance.DENIES, counter.via(),
              counter.evidence(), counter.written()));
          out.set(i, current.withClaims(claims));
        }
      }
    }
    return out;
  }

  /** An attack's allegation by a belligerent against a named attacker of the other camp, or null. */
  private static Claim allegation(Event e, Sides sides) {
    if (e.type() != EventType.ATTACK || e.perpetratorSide() == null || e.perpetratorInferred() || e.date() == null) {
      return null;
    }
    for (Claim c : e.claims()) {
      if (c.stance() == Stance.ALLEGES && c.side() != null && sides.isBelligerent(c.side())
          && sides.isBelligerent(e.perpetratorSide()) && !sides.sameCamp(c.side(), e.perpetratorSide())) {
        return c;
      }
    }
    return null;
  }

  private static boolean sameDays(Event a, Event b) {
    return Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= 1;
  }
}
