package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * "22:15 The ministry rejects the army's account. ... 20:50 The army says the militia fired on its troops": a live
 * page tells its newest entry first, so a belligerent's denial that answered nothing told above it answers the
 * allegations against its camp in the entries below it (told earlier in the day). Only attacks with an attacker of the
 * denier's camp that someone else alleges and its camp neither tells nor already answers, and only those of the day of
 * the nearest one below (a page's older entries tell the days before, which another denial answers). Reads the
 * assembled events and one unanswered denial; writes the events with the denial added. Stateless.
 */
final class LiveBlogDenials {

  private LiveBlogDenials() {}

  /** Answers the allegations below the denial in {@code out}; whether it answered any. */
  static boolean below(List<Event> out, UnansweredDenials.Denial d, Sides sides) {
    LocalDate day = null;
    int nearest = Integer.MAX_VALUE;
    for (Event e : out) {
      int at = answerable(e, d, sides) ? e.evidence().get(0).sentence() : Integer.MAX_VALUE;
      if (at < nearest) {
        nearest = at;
        day = e.date();
      }
    }
    if (day == null) {
      return false;
    }
    boolean answered = false;
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (answerable(e, d, sides) && day.equals(e.date())) {
        out.set(i, UnansweredDenials.denied(e, d));
        answered = true;
      }
    }
    return answered;
  }

  /** An attack first told below the denial, by the denier's camp, alleged by another and not told by its camp. */
  private static boolean answerable(Event e, UnansweredDenials.Denial d, Sides sides) {
    return e.type() == EventType.ATTACK && !e.evidence().isEmpty() && e.evidence().get(0).sentence() > d.sentence()
        && e.perpetratorSide() != null && sides.sameCamp(d.side(), e.perpetratorSide())
        && UnansweredDenials.allegedByOther(e, d.side(), sides) && !UnansweredDenials.toldByCamp(e, d.side(), sides);
  }
}
