package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll told three or more sentences after its attack that points back to it by a definite reference ("the
 * strike", "Sunday's shelling") or by its place is that attack's figure, when exactly one attack of the story fits;
 * stories written for this test.
 */
class TollPointedBackTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Artillery shelled Marinka on Sunday. The army blamed separatist units. Residents fled to basements. "
          + "Officials said three civilians were killed and five wounded in the shelling.|3/5",
      "A drone struck a market in Kalbajar on Sunday. The ministry accused the rebels. Traders had gathered early. "
          + "Two people were killed by that blast, medics said later.|2/null",
      "Rockets hit Sderot on Sunday. Sirens sounded across the south. Schools stayed shut. The army said it "
          + "answered the fire. The attack killed one man and wounded four, police said.|1/4",
      "Shells fell on Goris on Sunday. Windows were shattered. The governor visited the site. Four people were "
          + "wounded in Goris, he said.|null/4",
      "Missiles hit a depot in Kramatorsk on Sunday. Firefighters worked through the night. Power was cut. "
          + "Police said later that five people were wounded in that barrage.|null/5"
  })
  void aTollThatPointsBackIsTheAttacks(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // two shellings fit: the reference could be either
      "Artillery shelled Marinka on Sunday. Artillery also shelled Avdiivka on Sunday. Residents fled. Schools shut. "
          + "Officials said three civilians were killed in the shelling.",
  })
  void noTollAcrossAnotherAttackOfTheKind(String story) {
    assertThat(SundayStory.attacks(story)).allMatch(e -> e.casualties() == null);
  }
}
