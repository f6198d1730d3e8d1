package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two clauses of one sentence joined by "and", "while" or "whereas", each with a weapon of its own kind, tell two
 * attacks: each place takes the kind of its own clause's weapon, not the first one the sentence names. Aircraft as the
 * subject of a verb of destruction, and projectiles as the subject of wounding, are attacks. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class TwoWeaponsOneSentenceTest {

  private static String kinds(String story) {
    return SundayStory.attacks(story).stream()
        .map(e -> (e.location() == null ? "?" : e.location().name()) + "=" + e.subtype()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Israeli tanks shelled Rafah on Sunday, and warplanes later flattened a house in Khan Younis, medics said."
          + "|[Khān Yūnis=air_drone_strike, Rafaḩ=shelling]",
      "Artillery shells hit Stepanakert on Sunday while Azerbaijani drones struck a bridge in Shusha, officials said."
          + "|[Shusha=air_drone_strike, Stepanakert=shelling]",
      "Government troops shelled Omdurman on Sunday while the paramilitaries fired drones at Port Sudan."
          + "|[Omdurman=shelling, Port Sudan=air_drone_strike]",
      "Shells landed in Stepanakert on Sunday, whereas a drone hit a car near Shusha, officials said."
          + "|[Shusha=air_drone_strike, Stepanakert=shelling]",
      "A rocket barrage from Gaza wounded three people in Sderot on Sunday and Israeli air strikes in response killed"
          + " four people in Khan Younis.|[Khān Yūnis=air_drone_strike, Sderot=shelling]"
  })
  void eachPlaceTakesItsOwnClausesWeapon(String story, String kinds) {
    assertThat(kinds(story)).isEqualTo(kinds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // one attacker's two acts with one kind of weapon, and places joined inside one clause, stay as they were
      "Russian forces shelled Marhanets and fired rockets at Nikopol on Sunday, officials said."
          + "|[Marhanets=shelling, Nikopol=shelling]",
      "Rockets and mortars hit Sderot and Ashkelon on Sunday, the army said.|[Ashkelon=shelling, Sderot=shelling]",
      "A rocket barrage from Lebanon killed a soldier and wounded eight people in and around Safed on Sunday, and"
          + " Israeli air strikes in reply killed eleven people in southern Lebanon.|[Safed=shelling]"
  })
  void oneWeaponOrOneClauseStaysOneKind(String story, String kinds) {
    assertThat(kinds(story)).isEqualTo(kinds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Government warplanes levelled the market in Omdurman on Sunday, residents said.|[Omdurman=air_drone_strike]",
      "Helicopter gunships later razed several homes in Sinjar on Sunday, a local official said."
          + "|[Sinjār=air_drone_strike]",
      "Mortar rounds injured two farmers near Shusha on Sunday, officials said.|[Shusha=shelling]",
      "A salvo of missiles fired from the sea hurt a guard in Odesa on Sunday, the governor said.|[Odesa=shelling]"
  })
  void aircraftThatDestroyAndProjectilesThatWoundAreAttacks(String story, String kinds) {
    assertThat(kinds(story)).isEqualTo(kinds);
  }
}
