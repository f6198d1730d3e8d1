package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    // each event's allegation, read once: at most one a side is left after the check below
    Claim[] allegations = new Claim[events.size()];
    List<Integer> accusing = new ArrayList<>();
    Map<String, Integer> alleged = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      allegations[i] = allegation(events.get(i), sides);
      if (allegations[i] != null) {
        alleged.merge(allegations[i].side(), 1, Integer::sum);
        accusing.add(i);
      }
    }
    if (alleged.values().stream().anyMatch(n -> n > 1)) {
      return out;
    }
    for (int i : accusing) {
      Event e = events.get(i);
      Claim own = allegations[i];
      for (int j : accusing) {
        Event other = events.get(j);
        Claim counter = j == i ? null : allegations[j];
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
          && !Claims.sharedByBoth(c) // one source speaking for both camps is no counter-accusation
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
