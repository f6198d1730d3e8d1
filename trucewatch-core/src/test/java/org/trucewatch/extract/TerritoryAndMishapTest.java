package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Taking a town ("liberated", "forces entered"), weapons launched at a place, and deaths in a fire or gas blast that
 * no one set, on sentences written for this test, dated against Sunday 25 October 2020.
 */
class TerritoryAndMishapTest {

  @Test
  void liberatingOrEnteringATownIsTakingIt() {
    assertThat(attacks("On Friday Azerbaijani troops liberated Hadrut, the defence ministry said."))
        .extracting(Event::subtype).contains("territory_taken");
    assertThat(attacks("The ministry said on Friday that its forces had entered Hadrut after heavy fighting."))
        .extracting(Event::subtype).contains("territory_taken");
  }

  @Test
  void aRocketLaunchedAtATownIsShelling() {
    assertThat(attacks("Late on Friday a rocket was launched at Goris from across the border, officials said."))
        .extracting(Event::subtype).contains("shelling");
  }

  @Test
  void deathsInAFireOrGasBlastThatNoOneSetAreNoAttack() {
    assertThat(attacks("Seven people were killed in Goris on Friday when a fire that started in a workshop spread to a "
        + "crowded market, the police said.")).isEmpty();
    assertThat(attacks("Four people were killed in Goris on Friday after a gas leak in a restaurant, officials said."))
        .isEmpty();
  }

  @Test
  void groundWrestedBackOrAGroupDrivenOutOfATownIsTakingIt() {
    assertThat(attacks("On Friday Armenian units said they had wrested the old fortress above Hadrut back from the "
        + "Azerbaijani army.")).extracting(Event::subtype).contains("territory_taken");
    assertThat(attacks("On Friday the volunteers drove the jihadist group out of the hill town of Hadrut, a "
        + "commander said.")).extracting(Event::subtype).contains("territory_taken");
  }

  @Test
  void fightersWhoSayTheyHaveTakenATownTookIt() {
    assertThat(attacks("Azerbaijani commanders said on Friday that they have now taken Hadrut."))
        .extracting(Event::subtype).contains("territory_taken");
    // taken part, taken to hospital: no place right after the verb
    assertThat(attacks("Officials said on Friday that they have taken part in talks in Goris.")).isEmpty();
  }

  @Test
  void aPersonOrVehiclesSeizedAreNoGroundTaken() {
    assertThat(attacks("A patient seized at the Goris crossing on Friday is still held, his brother said."))
        .extracting(Event::subtype).doesNotContain("territory_taken");
    assertThat(attacks("On Friday near Hadrut two trucks and several armoured vehicles were burned or seized, the "
        + "ministry said.")).extracting(Event::subtype).doesNotContain("territory_taken");
  }
}
