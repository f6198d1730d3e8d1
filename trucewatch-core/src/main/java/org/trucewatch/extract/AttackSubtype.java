package org.trucewatch.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The subtypes of an attack, one per ACLED sub-event type of Battles, Explosions/Remote violence and Violence against
 * civilians, as the development corpus's guidelines define them. The one table of the mapping: the ACLED export and
 * the reports read it from here. {@link #ATTACK} is "kind unknown": an attack whose words name no weapon and no armed
 * side to call it a clash.
 */
public enum AttackSubtype {
  ARMED_CLASH("Battles", "Armed clash", "armed clash"),
  TERRITORY_TAKEN("Battles", "Non-state actor overtakes territory", "territory taken"),
  SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling"),
  AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike", "air or drone strike"),
  SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb", "suicide bombing"),
  REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED", "landmine, IED or remote bomb"),
  GRENADE("Explosions/Remote violence", "Grenade", "grenade attack"),
  ATTACK_ON_CIVILIANS("Violence against civilians", "Attack", "attack on civilians"),
  ABDUCTION("Violence against civilians", "Abduction/forced disappearance", "abduction"),
  ATTACK("", "", "attack");

  /** Labels of earlier versions, as stored events may still carry them. */
  private static final Map<String, AttackSubtype> FORMER = Map.of("missile", SHELLING, "offensive", ARMED_CLASH);

  private final String acledEventType;
  private final String acledSubEventType;
  private final String description;

  AttackSubtype(String acledEventType, String acledSubEventType, String description) {
    this.acledEventType = acledEventType;
    this.acledSubEventType = acledSubEventType;
    this.description = description;
  }

  /**
   * Whether the kind names a weapon (a shell, an aircraft or drone, a charge: ACLED's Explosions/Remote violence);
   * ground taken, a raid on civilians, a battle and the unknown kind name none. A weapon named by a later mention of
   * an act settles its kind.
   */
  public boolean namesWeapon() {
    return acledEventType.equals("Explosions/Remote violence");
  }

  /** Whether {@code label} is, as it stands (no former label), the label of a kind that names a weapon. */
  public static boolean namesWeapon(String label) {
    for (AttackSubtype s : values()) {
      if (s.label().equals(label)) {
        return s.namesWeapon();
      }
    }
    return false;
  }

  /** The contract's label: {@code armed_clash}, {@code air_drone_strike}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** ACLED's event type; empty for {@link #ATTACK}, whose kind is unknown. */
  public String acledEventType() {
    return acledEventType;
  }

  /** ACLED's sub-event type; empty for {@link #ATTACK}. */
  public String acledSubEventType() {
    return acledSubEventType;
  }

  /**
   * ACLED's sub-event type for an attack by a state's forces or not: ACLED tells a government regaining territory
   * from a non-state actor overtaking it.
   */
  public String acledSubEventType(boolean stateActor) {
    return this == TERRITORY_TAKEN && stateActor ? "Government regains territory" : acledSubEventType;
  }

  /** Words for reports: "air or drone strike". */
  public String description() {
    return description;
  }

  /** The subtype of a label (a former one too: {@code missile}, {@code offensive}), or null for an unknown one. */
  public static AttackSubtype of(String label) {
    if (label == null) {
      return null;
    }
    AttackSubtype former = FORMER.get(label);
    if (former != null) {
      return former;
    }
    for (AttackSubtype s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    return null;
  }
}
