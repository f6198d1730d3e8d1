package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attack told first with no weapon ("explosions tore through the hall") takes the weapon that the next sentence,
 * telling it on without a place, names ("it had been hit by missiles"); a weapon told first stays. Sentences written
 * for this test, dated against Sunday 25 October 2020.
 */
class WeaponToldOnTest {

  private static String kinds(String... story) {
    return SundayStory.attacks(story).stream()
        .map(e -> (e.location() == null ? "?" : e.location().name()) + "=" + e.subtype()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "Explosions tore through the arrivals hall of Aden airport on Sunday, killing at least 20 people."
          + "|The information minister said the airport had been hit by missiles fired by the Houthi militia."
          + "|[Aden=shelling]",
      "A blast ripped through the bus station in Marib on Sunday, killing six, officials said."
          + "|They said the station was struck by a drone launched by the Houthis.|[Ma'rib=air_drone_strike]",
      "An explosion rocked a crowded square in Omdurman on Sunday, killing four people, witnesses said."
          + "|They said the square had been hit by shells fired by the paramilitary forces.|[Omdurman=shelling]",
      // an attacker inferred from the place hit makes no battle of an act of unknown kind before its weapon is told
      "An explosion rocked a crowded square in Kramatorsk on Sunday, killing four people, the governor said."
          + "|He said the square had been struck by a missile launched by Russian forces.|[Kramatorsk=shelling]",
      // a weapon told first keeps its kind
      "Shells hit a school in Kramatorsk on Sunday, the governor said."
          + "|Officials said Russian forces had carried out the attack.|[Kramatorsk=shelling]"
  })
  void theWeaponToldNextGivesTheKind(String first, String next, String kinds) {
    assertThat(kinds(first + " " + next)).isEqualTo(kinds);
  }
}
