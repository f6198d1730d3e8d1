package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Weapons named as what was hit tell no kind of the act (WeaponTargets): the weapon that hit does. Sentences written
 * for this test, dated against Sunday 25 October 2020.
 */
class WeaponTargetsTest {

  @Test
  void rocketLaunchersStruckAreTheTargetNotTheWeapon() {
    // Israel fights from the air (profile usualAttack): its strike on launchers, no weapon of its own named, is one
    assertThat(attacks("The Israeli army said on Sunday that it had hit three rocket launchers near Beit Hanoun."))
        .extracting(Event::subtype).containsExactly("air_drone_strike");
  }

  @Test
  void aHelicopterHitByAMissileWasHitByTheMissile() {
    assertThat(attacks("An Armenian helicopter was hit by a missile near Goris on Sunday, Armenian officials said."))
        .extracting(Event::subtype).containsExactly("shelling");
  }

  @Test
  void aDroneThatStruckIsTheWeapon() {
    assertThat(attacks("A Houthi drone had struck a fuel depot in Jizan on Sunday, the coalition said."))
        .extracting(Event::subtype).containsExactly("air_drone_strike");
  }
}
