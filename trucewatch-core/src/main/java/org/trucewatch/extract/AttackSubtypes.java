package org.trucewatch.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.pattern.Rule;

/**
 * The subtype of an attack mention: reads the trigger's own subtype, the {@code subtype} patterns' matches in its
 * clause and whether an armed side is known to have acted; writes nothing, answers an {@link AttackSubtype} label. A
 * trigger of unknown or generic kind ("attack", "strike", "fired", "clashes") takes the kind of the first
 * {@code subtype} match in its clause ("fired missiles" is shelling, "opened fire on villagers" an attack on
 * civilians); an attack still of unknown kind by a known armed side is an armed clash, as ACLED codes it; with no side
 * known it stays {@code attack}, kind unknown. A trigger of unknown kind whose clause names no weapon takes the weapon
 * another clause of its sentence names ("blasts tore through a restaurant; prosecutors said it was hit by missiles").
 * Precedence in the clause: the first match, save that armed men named before their weapon ({@code flags=bearer}:
 * "gunmen threw a grenade") yield to the weapon, fire at civilians outranks a battle, an abduction outranks any kind
 * and a suicide bomb outranks an assault.
 * A word of fire from afar that names no weapon of its own (lexicon flag {@link #AFAR}: "bombardment") is shelling
 * unless the first weapon of fire from afar in its clause is from the air ("aircraft resumed their bombardment").
 * Weapon words named as what was hit ("struck two rocket launchers": {@link WeaponTargets}) tell no kind. Stateless.
 */
final class AttackSubtypes {

  private AttackSubtypes() {}

  static String of(String value, List<Rule.Match> matches, int[] clause, boolean armedSide) {
    AttackSubtype s = AttackSubtype.of(value);
    if (s == null) {
      return value;
    }
    boolean decided = false;
    boolean byBearer = false; // the kind so far comes from the armed men named, not from their weapon
    List<Rule.Match> targets = WeaponTargets.of(matches);
    if (s == AttackSubtype.ATTACK || s == AttackSubtype.ARMED_CLASH) {
      for (Rule.Match m : matches) { // sorted by position: the first in the clause decides
        if (m.kind().equals(AttackPatterns.SUBTYPE) && m.from() >= clause[0] && m.to() <= clause[1]
            && !WeaponTargets.hit(targets, m)) {
          AttackSubtype found = AttackSubtype.of(m.rule().action().value());
          if (!decided) {
            s = found;
            decided = true;
            byBearer = AttackPatterns.BEARER.equals(m.rule().action().arg("flags"));
          } else if (byBearer && WEAPONS.contains(found) && !withinLonger(matches, m)) {
            s = found; // "gunmen threw a grenade into a bar": the weapon of the act outranks who carried it
            byBearer = false;
          } else if (s == AttackSubtype.ARMED_CLASH && found == AttackSubtype.ATTACK_ON_CIVILIANS
              || found == AttackSubtype.ABDUCTION && s != AttackSubtype.ABDUCTION) {
            // a sniper's or gunman's fire at civilians is violence against them (ACLED), not a battle; people taken
            // away make an abduction whatever weapon came with it
            s = found;
            break;
          } else if (found == AttackSubtype.SUICIDE_BOMB && (s == AttackSubtype.ARMED_CLASH
              || s == AttackSubtype.ATTACK_ON_CIVILIANS)) {
            s = found; // "militants stormed a hotel, setting off a suicide bomb": ACLED codes the assault by the bomb
          }
        }
      }
    }
    if (!decided && AttackSubtype.of(value) == AttackSubtype.ATTACK) {
      for (Rule.Match m : matches) { // the first weapon named elsewhere in the sentence: the same act told on
        AttackSubtype found = m.kind().equals(AttackPatterns.SUBTYPE) && !WeaponTargets.hit(targets, m)
            ? AttackSubtype.of(m.rule().action().value()) : null;
        if (found != null && WEAPONS.contains(found)) {
          s = found;
          break;
        }
      }
    }
    return armedSide ? armed(s.label()) : s.label();
  }

  /** A trigger's lexicon flag: fire from afar that names no weapon of its own ("bombarded", "a bombardment"). */
  static final String AFAR = "afar";

  /**
   * The kind of fire from afar told by a word of no weapon (flag {@link #AFAR}): an air strike where the first weapon
   * of fire from afar its clause names is from the air ("aircraft resumed their bombardment of the suburb"), else
   * shelling, which such a word names by itself ("artillery bombarded the town", "the town was bombarded").
   */
  static String fromAfar(List<Rule.Match> matches, int[] clause) {
    List<Rule.Match> targets = WeaponTargets.of(matches);
    for (Rule.Match m : matches) {
      AttackSubtype found = m.kind().equals(AttackPatterns.SUBTYPE) && m.from() >= clause[0] && m.to() <= clause[1]
          && !WeaponTargets.hit(targets, m) ? AttackSubtype.of(m.rule().action().value()) : null;
      if (found == AttackSubtype.AIR_DRONE_STRIKE || found == AttackSubtype.SHELLING) {
        return found.label();
      }
    }
    return AttackSubtype.SHELLING.label();
  }

  /** Whether another subtype match spans {@code m} and more: a "rocket-propelled grenade" is read whole. */
  private static boolean withinLonger(List<Rule.Match> matches, Rule.Match m) {
    for (Rule.Match n : matches) {
      if (n != m && n.kind().equals(AttackPatterns.SUBTYPE) && n.from() <= m.from() && m.to() <= n.to()
          && n.to() - n.from() > m.to() - m.from()) {
        return true;
      }
    }
    return false;
  }

  // kinds a weapon names, which tell how an act of unknown kind was done wherever the sentence names them
  private static final Set<AttackSubtype> WEAPONS = EnumSet.of(AttackSubtype.SHELLING, AttackSubtype.AIR_DRONE_STRIKE,
      AttackSubtype.REMOTE_EXPLOSIVE, AttackSubtype.SUICIDE_BOMB, AttackSubtype.GRENADE);

  /**
   * The kind of a mention before the merge settles it: one of unknown kind with an attacker counts as the battle it
   * becomes unless another mention names its weapon (EventMerges.usualKinds).
   */
  static String soFar(Event e, Sides sides) {
    return e.perpetratorSide() != null && sides.usualAttack(e.perpetratorSide()) == null ? armed(e.subtype())
        : e.subtype();
  }

  /** A generic attack by an armed side is a battle (ACLED's armed clash); every other kind stays what it is. */
  static String armed(String label) {
    return AttackSubtype.ATTACK.label().equals(label) ? AttackSubtype.ARMED_CLASH.label() : label;
  }
}
