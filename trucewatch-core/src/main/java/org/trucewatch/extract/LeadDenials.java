package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Rockets hit a house in the city overnight, the army said. ... [twelve paragraphs on] Two rockets struck the city,
 * ... Both groups denied any part in it.": a story tells its incident in the lead and again lower down, and a
 * belligerent's denial lower down answers only the retelling near it. The lead's attacks of the same day and kind by
 * the denier's camp are the same incident: the denial answers them too, unless the denier's camp already tells or
 * answers them. Reads the assembled events; writes the events with the denials added. Stateless.
 */
final class LeadDenials {

  static final int LEAD = 2; // the lead: the headline's sentence and the two after it

  private LeadDenials() {}

  static List<Event> widen(List<Event> events, Sides sides) {
    List<Event> out = new ArrayList<>(events);
    for (Event e : events) {
      if (e.type() != EventType.ATTACK || e.evidence().isEmpty() || e.evidence().get(0).sentence() <= LEAD) {
        continue;
      }
      for (Claim c : e.claims()) {
        if (c.stance() != Stance.DENIES || c.side() == null || !sides.isBelligerent(c.side())
            || e.perpetratorSide() == null || !sides.sameCamp(c.side(), e.perpetratorSide())) {
          continue;
        }
        for (int i = 0; i < out.size(); i++) {
          Event o = out.get(i);
          if (o.type() == EventType.ATTACK && !o.evidence().isEmpty() && o.evidence().get(0).sentence() <= LEAD
              && o.date() != null && o.date().equals(e.date()) && Objects.equals(o.subtype(), e.subtype())
              && o.perpetratorSide() != null && sides.sameCamp(c.side(), o.perpetratorSide())
              && !UnansweredDenials.toldByCamp(o, c.side(), sides)) {
            List<Claim> claims = new ArrayList<>(o.claims());
            claims.add(c);
            out.set(i, o.withClaims(claims));
          }
        }
      }
    }
    return out;
  }
}
