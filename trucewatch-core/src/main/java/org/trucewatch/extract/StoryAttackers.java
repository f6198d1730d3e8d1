package org.trucewatch.extract;

import java.util.List;

/**
 * The story's attacker for fire nobody is named for: after the merge, an attack of shelling or an air strike with no
 * attacker takes the side the article named for such fire before it, when every attacker it named is of one camp
 * ("Russian jets pounded villages ... An air strike hit a bakery" is Russia's, inferred); an attack of no named kind
 * ("the raids hit the port") takes the side named for any kind. Shelling or a strike told before any attacker is
 * named takes the side the whole story names for that fire, when the story names attackers of one camp only. Reads the assembled events and the conflict's sides;
 * stateless.
 */
final class StoryAttackers {

  /** The subtype of an attack whose words name no weapon nor kind of blow (AttackSubtypes' bare "attack"). */
  private static final String UNKNOWN = "attack";

  private StoryAttackers() {}

  /**
   * The article's events, each attack with no attacker of a kind fired from afar taking the side its story named for
   * such fire before it ({@link #toldEarlier(List, String, Sides)}): "Russian jets pounded villages ... An air strike
   * hit a bakery" is Russia's, inferred; not on that camp's own ground, nor where a side denies it. With none named
   * before it, the side the whole story names for such fire (shelling or an air strike), when every attacker it
   * names is of one camp.
   */
  static List<Event> toldEarlier(List<Event> events, Sides sides) {
    List<Event> out = new java.util.ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() != EventType.ATTACK || e.subtype() == null
          || e.perpetratorSide() != null && !e.perpetratorInferred()) {
        continue;
      }
      if (e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES)) {
        // the side that denies it is named by its own denial, as DenialLinks.linkDenials names a denier of an
        // attack told before it; a guess from the speaker or the ground yields to it
        String denier = denier(e, sides);
        if (denier != null) {
          out.set(i, e.withPerpetrator(denier, sides.name(denier), sides.name(denier)));
        }
        continue;
      }
      if (e.perpetratorSide() != null) {
        continue;
      }
      int at = e.evidence().get(0).sentence();
      List<Event> before = events.stream().filter(o -> o.evidence().get(0).sentence() < at).toList();
      String told = toldEarlier(before, e.subtype(), sides);
      if (told == null && !e.subtype().equals(UNKNOWN)) {
        // A lead's strike told before its attacker is named ("Six soldiers were killed near X on Tuesday. ...
        // Israeli drones struck the area again"): the story's one camp named anywhere, when no other camp is named
        // (only for a named weapon: a blow of no named kind may be another war's, a bomb the story tells besides)
        told = toldEarlier(events, e.subtype(), sides);
      }
      List<Location> where = e.location() == null ? List.of() : List.of(e.location());
      if (told != null && !OwnGround.hit(hitAs(e), where, told, sides)) {
        out.set(i, e.withInferredPerpetrator(told, sides.name(told)));
      }
    }
    return out;
  }

  /**
   * The armed side that denies an attack nobody is named for ("Moscow denied carrying out the strike"): the side the
   * allegation is laid on, when every denying side is of one camp and the attack hit no ground of that camp (a side
   * denying losses it suffered is the victim) nor ground the other camp fires on; null otherwise.
   */
  static String denier(Event e, Sides sides) {
    String side = null;
    for (Claim c : e.claims()) {
      // with no conflict profile read, any side the resolver knows denies as one (a state, "Russia", "Kyiv")
      if (c.stance() != Stance.DENIES || c.side() == null
          || !sides.isBelligerent(c.side()) && sides.conflict() != null) {
        continue;
      }
      if (side != null && !side.equals(c.side()) && !sides.sameCamp(side, c.side())) {
        return null;
      }
      side = side == null ? c.side() : side;
    }
    if (side == null) {
      return null;
    }
    List<Location> where = e.location() == null ? List.of() : List.of(e.location());
    // the ground it hit says from which camp fire there comes: a side of the other camp denying is the one hit
    String fromGround = e.location() == null ? null : sides.attackerOf(e.location(), e.date());
    boolean groundSaysOther = fromGround != null && !sides.sameCamp(fromGround, side);
    return !groundSaysOther && !OwnGround.hit(hitAs(e), where, side, sides) ? side : null;
  }

  /** The kind an attack's ground is checked as: a blow of no named kind as fire from afar (no side hits its own). */
  private static String hitAs(Event e) {
    return e.subtype().equals(UNKNOWN) ? "shelling" : e.subtype();
  }

  /**
   * The side the article so far named as the attacker of fire from afar of {@code kind} (shelling or an air strike),
   * when every attacker it named (not inferred) is of one camp: "Russian jets pounded Idlib ... An air strike hit a
   * home" is Russia's. The side named most for that kind; null when another camp was named as attacking, or none.
   */
  static String toldEarlier(List<Event> events, String kind, Sides sides) {
    // a follow-up naming no weapon ("the raids hit X", "seven were killed at X") tells again of the blows named
    // before it, whatever their kind
    boolean anyKind = kind.equals(UNKNOWN);
    if (!anyKind && !kind.equals("shelling") && !kind.equals("air_drone_strike")) {
      return null; // a clash is fought by both; a raid or bomb comes from inside
    }
    java.util.Map<String, Integer> named = new java.util.LinkedHashMap<>(); // first named wins a tie
    String camp = null;
    for (Event e : events) {
      if (e.type() != EventType.ATTACK || e.perpetratorSide() == null || e.perpetratorInferred()
          || !sides.isBelligerent(e.perpetratorSide())) {
        continue;
      }
      if (camp != null && !sides.sameCamp(camp, e.perpetratorSide())) {
        return null; // both camps named as attacking: an exchange, whose unnamed fire may be either's
      }
      camp = camp == null ? e.perpetratorSide() : camp;
      if (anyKind || kind.equals(e.subtype())) {
        named.merge(e.perpetratorSide(), 1, Integer::sum);
      }
    }
    return named.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(null);
  }
}
