package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A conflict's default attacker yields to the attacker the story names: an attack whose attacker was only inferred
 * (from the speaker's enemy or the ground hit) for a side the article never names at all takes instead the side the
 * article names as attacking, when every attacker it names outside that camp is of one camp ("Syrian troops shelled
 * a Lebanese border town ... Shells hit a second town, the Lebanese army said" is Syria's, not Israel's, in a story
 * that never names Israel). Not on that side's own ground. Reads the assembled events; stateless.
 */
final class NamedOverDefault {

  private NamedOverDefault() {}

  /** The events, each attack inferred for a camp the article never names taking the story's one named attacker. */
  static List<Event> applied(List<Event> events, ArticleContext ctx) {
    Sides sides = ctx.sides;
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() != EventType.ATTACK || !e.perpetratorInferred() || e.perpetratorSide() == null
          || ctx.campMentioned(e.perpetratorSide())) {
        continue;
      }
      String named = storyAttacker(events, e.perpetratorSide(), sides);
      List<Location> where = e.location() == null ? List.of() : List.of(e.location());
      String hitAs = e.subtype() == null || e.subtype().equals("attack") ? "shelling" : e.subtype();
      if (named != null && !OwnGround.hit(hitAs, where, named, sides)) {
        out.set(i, e.withInferredPerpetrator(named, sides.name(named)));
      }
    }
    return out;
  }

  /**
   * The side the article names most as an attacker (not inferred) outside {@code unnamed}'s camp and its enemy's
   * (the camp it would be firing on), when all such named attackers are of one camp: a third party; null otherwise.
   */
  static String storyAttacker(List<Event> events, String unnamed, Sides sides) {
    java.util.Map<String, Integer> named = new java.util.LinkedHashMap<>(); // first named wins a tie
    String camp = null;
    String victim = sides.opponentOf(unnamed);
    for (Event o : events) {
      String side = o.perpetratorSide();
      if (o.type() != EventType.ATTACK || side == null || o.perpetratorInferred() || side.equals(unnamed)
          || sides.sameCamp(side, unnamed) || victim != null && (side.equals(victim) || sides.sameCamp(side, victim))) {
        continue; // the victim's own camp does not fire on itself
      }
      if (camp != null && !camp.equals(side) && !sides.sameCamp(camp, side)) {
        return null; // two camps named as attacking: the unnamed fire may be either's
      }
      camp = camp == null ? side : camp;
      named.merge(side, 1, Integer::sum);
    }
    return named.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(null);
  }
}
