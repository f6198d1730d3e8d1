package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.pattern.Rule;

/**
 * Weapons named as what was hit, not what hit: "jets struck two rocket launchers", "the helicopter was hit by a
 * missile". The {@code subtype attack} patterns (weapons.rules) mark them: kind unknown, so the weapon words inside
 * such a match tell no kind of the act and a weapon named elsewhere in the clause decides. Stateless.
 */
final class WeaponTargets {

  private WeaponTargets() {}

  /** The {@code subtype attack} matches among {@code matches}: spans whose weapon words are a target. */
  static List<Rule.Match> of(List<Rule.Match> matches) {
    List<Rule.Match> out = new ArrayList<>();
    for (Rule.Match m : matches) {
      if (m.kind().equals(AttackPatterns.SUBTYPE)
          && AttackSubtype.of(m.rule().action().value()) == AttackSubtype.ATTACK) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether {@code m} is a target span itself or lies inside one: its words name what was hit. */
  static boolean hit(List<Rule.Match> targets, Rule.Match m) {
    for (Rule.Match t : targets) {
      if (m.from() >= t.from() && m.to() <= t.to()) {
        return true;
      }
    }
    return false;
  }
}
