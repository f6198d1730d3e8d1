package org.trucewatch.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Sides;
import org.trucewatch.extract.Stance;

/**
 * Places an incident on the verification ladder from the claims of its mentions and the field reports near it: a
 * monitor's report at the place and time makes it observed; a claim from a party that is neither belligerent (a
 * third state, an international body) corroborated; an acknowledgement by the accused, or allegations from both
 * camps, acknowledged; a denial disputed; else it is alleged. Immutable.
 */
final class Ladder {

  private final double radiusKm;

  Ladder(double radiusKm) {
    this.radiusKm = radiusKm;
  }

  /** @param sides the belligerents of the incident's conflict (a party outside them is a third party) */
  Standing standing(List<? extends Mention> mentions, Location place, String from, String to, List<FieldReport> reports,
      Sides sides) {
    for (FieldReport r : reports) {
      String day = r.time().substring(0, 10);
      if (place != null && r.location() != null && day.compareTo(from) >= 0 && day.compareTo(to) <= 0
          && IncidentResolver.samePlace(place, r.location(), radiusKm)) {
        return Standing.OBSERVED;
      }
    }
    boolean denied = false;
    boolean acknowledged = false;
    boolean thirdParty = false;
    Set<Integer> campsAlleging = new HashSet<>();
    for (Mention m : mentions) {
      for (Claim c : m.event().claims()) {
        if (c.stance() == Stance.DENIES) {
          denied = true;
        } else if (c.stance() == Stance.ACKNOWLEDGES) {
          acknowledged = true;
        } else if (c.side() != null && !sides.isBelligerent(c.side())) {
          thirdParty = true;
        } else if (c.side() != null) {
          campsAlleging.add(sides.campOf(c.side()));
        }
      }
    }
    if (thirdParty) {
      return Standing.CORROBORATED;
    }
    if (acknowledged || campsAlleging.size() > 1) {
      return Standing.ACKNOWLEDGED;
    }
    return denied ? Standing.DISPUTED : Standing.ALLEGED;
  }
}
