package org.trucewatch.extract;

import java.util.List;

/**
 * The story's attacker for fire nobody is named for: after the merge, an attack of shelling or an air strike with no
 * attacker takes the side the article named for such fire before it, when every attacker it named is of one camp
 * ("Russian jets pounded villages ... An air strike hit a bakery" is Russia's, inferred); an attack of no named kind
 * ("the raids hit the port") takes the side named for any kind. Reads the assembled events and the conflict's sides;
 * stateless.
 */
final class StoryAttackers {

  /** The subtype of an attack whose words name no weapon nor kind of blow (AttackSubtypes' bare "attack"). */
  private static final String UNKNOWN = "attack";

  private StoryAttackers() {}

  /**
   * The article's events, each attack with no attacker of a kind fired from afar taking the side its story named for
   * such fire before it ({@link #toldEarlier(List, String, Sides)}): "Russian jets pounded villages ... An air strike
   * hit a bakery" is Russia's, inferred; not on that camp's own ground, nor where a side denies it.
   */
  static List<Event> toldEarlier(List<Event> events, Sides sides) {
    List<Event> out = new java.util.ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() != EventType.ATTACK || e.perpetratorSide() != null || e.subtype() == null
          || e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES)) {
        continue;
      }
      int at = e.evidence().get(0).sentence();
      List<Event> before = events.stream().filter(o -> o.evidence().get(0).sentence() < at).toList();
      String told = toldEarlier(before, e.subtype(), sides);
      List<Location> where = e.location() == null ? List.of() : List.of(e.location());
      // a blow of no named kind is checked as fire from afar: the story's attacker does not hit its own ground
      String hitAs = e.subtype().equals(UNKNOWN) ? "shelling" : e.subtype();
      if (told != null && !Perpetrators.ownGroundHit(hitAs, where, told, sides)) {
        out.set(i, e.withInferredPerpetrator(told, sides.name(told)));
      }
    }
    return out;
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
