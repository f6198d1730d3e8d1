package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "A missile hit the station ... Officials said the rebels had fired it, and a drone hit a clinic ... The rebels
 * rejected the account.": a belligerent's denial that answered some attacks when read (DenialLinks) also answers the
 * attacks of the sentences it reached back over whose attacker of its camp the story named only once assembled, when
 * someone else alleges them and its camp neither tells nor answers them. Reads the assembled events and the denials
 * DenialLinks linked; writes the events with the denials added. Stateless.
 */
final class AnsweredDenials {

  private AnsweredDenials() {}

  static List<Event> widen(List<Event> events, List<UnansweredDenials.Denial> denials, Sides sides) {
    if (denials.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    for (UnansweredDenials.Denial d : denials) {
      UnansweredDenials.near(out, d, sides, false); // (an unnamed attack was left to the attacks named beside it)
    }
    return out;
  }
}
