package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Kinds in weapons.rules: a tank that fired with a word between it and its fire shelled; raids that
 * hit a place, or counted by number, came from the air; drones and missiles named by their make tell their kind.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class WeaponMakesAndRaidsTest {

  @Test
  void aTankThatFiredAfterAWordBetweenShelled() {
    assertThat(attacks("An army tank then fired on a lookout post near Beit Hanoun on Sunday, the military said."))
        .extracting(Event::subtype).containsOnly("shelling");
    assertThat(attacks("Israeli tanks had fired at a watchtower outside Khuza'a on Sunday morning, residents said."))
        .extracting(Event::subtype).containsOnly("shelling");
  }

  @Test
  void raidsThatHitAPlaceOrCountedByNumberCameFromTheAir() {
    assertThat(attacks("The raids hit three warehouses on the edge of Kramatorsk on Sunday, the mayor said."))
        .extracting(Event::subtype).containsOnly("air_drone_strike");
    assertThat(attacks("An aggression on the district with 25 raids, targeting the city of Kramatorsk on Sunday, "
        + "killed four people, the mayor said.")).extracting(Event::subtype).containsOnly("air_drone_strike");
  }

  @Test
  void dronesAndMissilesNamedByTheirMakeTellTheirKind() {
    assertThat(attacks("Separatist units near Horlivka were struck by unmanned aerial vehicles on Sunday, the "
        + "rebels said.")).extracting(Event::subtype).containsOnly("air_drone_strike");
    assertThat(attacks("Militants hit an army jeep near Metula with a Kornet on Sunday, the military said."))
        .extracting(Event::subtype).containsOnly("shelling");
  }
}
