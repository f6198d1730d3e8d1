package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Turkey blames Kurdish militia as shells hit Afrin hospital ... The SDF rejected any role.": a belligerent's denial
 * that answered no attack near it while the paragraphs were read (DenialLinks) is read again once the story is
 * assembled, when the attackers the story infers, a statement's own voice (its issuer's claim) and the attacks that
 * stand for a headline's copies are known; an attack its camp already answers is left as it is. It answers the
 * attacks of the sentences before it (as far back as it reached when read) whose attacker is of the denier's camp and
 * that someone outside that camp alleges, and an attack with no attacker named that someone else alleges, when none
 * there names the denier's camp (that attacker is then the denier's side, as DenialLinks has it); failing those, the
 * allegations against its camp of one day told anywhere before (DenialLinks' far denial); failing those too, on a live
 * page (newest entry first), the allegations told below it (LiveBlogDenials). Reads the assembled
 * events and the denials DenialLinks left; writes the events with the denials added. Stateless.
 */
final class UnansweredDenials {

  /**
   * A denial that answered no attack near it: the sentence it is in, how many sentences back it reached, its speaker
   * (name, id, side, as written) and its evidence.
   */
  record Denial(int sentence, int back, String speaker, String speakerId, String side, Evidence evidence,
      String written) {}

  private UnansweredDenials() {}

  static List<Event> link(List<Event> events, List<Denial> denials, Sides sides, boolean live) {
    if (denials.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    for (Denial d : denials) {
      if (!near(out, d, sides, true) && !far(out, d, sides) && live) {
        LiveBlogDenials.below(out, d, sides); // (a live page's newest entry is on top: what it answers is below)
      }
    }
    return out;
  }

  /**
   * Adds the denial to the attacks of the sentences it reached back over that allege an act of its camp (or an act
   * with no attacker named, when {@code unnamed} and none there names its camp) and that its camp does not already
   * tell or answer; whether it answered any.
   */
  static boolean near(List<Event> out, Denial d, Sides sides, boolean unnamed) {
    List<Integer> before = new ArrayList<>();
    boolean namedElsewhere = false; // an attack that names the denier's camp: the unnamed mentions are not its
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() == EventType.ATTACK && toldBefore(e, d)) {
        before.add(i);
        namedElsewhere |= e.perpetratorSide() != null && sides.sameCamp(d.side(), e.perpetratorSide());
      }
    }
    boolean answered = false;
    for (int i : before) {
      Event e = out.get(i);
      if (toldByCamp(e, d.side(), sides) || !allegedByOther(e, d.side(), sides)) {
        continue; // (one its camp already tells, answers or acknowledges is no allegation left unanswered)
      }
      if (e.perpetratorSide() == null) {
        if (namedElsewhere || !unnamed) {
          continue;
        }
        e = e.withPerpetrator(d.side(), sides.name(d.side()), sides.name(d.side()));
      } else if (!sides.sameCamp(d.side(), e.perpetratorSide())) {
        continue;
      }
      out.set(i, denied(e, d));
      answered = true;
    }
    return answered;
  }

  /**
   * A denial that answers nothing near it answers the allegations against its camp told anywhere before, as
   * DenialLinks' far denial does, now with the attackers the story inferred: only attacks with an attacker of the
   * denier's camp that someone else alleges and its camp does not tell, and only when they are all of one day.
   */
  private static boolean far(List<Event> out, Denial d, Sides sides) {
    List<Integer> answered = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() != EventType.ATTACK || e.evidence().isEmpty() || e.evidence().get(0).sentence() >= d.sentence()
          || e.perpetratorSide() == null || !sides.sameCamp(d.side(), e.perpetratorSide())
          || !allegedByOther(e, d.side(), sides) || toldByCamp(e, d.side(), sides)) {
        continue;
      }
      answered.add(i);
      days.add(e.date());
    }
    if (days.size() != 1 || days.contains(null)) {
      return false;
    }
    for (int i : answered) {
      out.set(i, denied(out.get(i), d));
    }
    return true;
  }

  /** The event with the denial's speaker as one more denier of it. */
  static Event denied(Event e, Denial d) {
    List<Claim> claims = new ArrayList<>(e.claims());
    claims.add(new Claim(d.speaker(), d.speakerId(), d.side(), Stance.DENIES, null, d.evidence(), d.written()));
    return e.withClaims(claims);
  }

  /** Whether the event is told in the sentences the denial reached back over, before the denial's own. */
  private static boolean toldBefore(Event e, Denial d) {
    return e.evidence().stream().anyMatch(v -> v.sentence() < d.sentence() && v.sentence() >= d.sentence() - d.back());
  }

  /** Whether someone of {@code side}'s camp tells, answers or acknowledges the event. */
  static boolean toldByCamp(Event e, String side, Sides sides) {
    return e.claims().stream().anyMatch(c -> c.side() != null && sides.sameCamp(c.side(), side));
  }

  /** Whether someone outside {@code side}'s camp alleges the event. */
  static boolean allegedByOther(Event e, String side, Sides sides) {
    return e.claims().stream().anyMatch(c -> c.stance() == Stance.ALLEGES
        && (c.side() == null || !sides.sameCamp(c.side(), side)));
  }
}
