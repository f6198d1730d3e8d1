package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll told after its attack's sentence (figs24): a sentence of the toll alone that names the attack's own day
 * ("the governor said on Sunday evening"), and the other half of a toll two sentences on when no attack was told in
 * between. Stories written for this test.
 */
class TollLaterTest {

  private static String attackToll(String story) {
    return SundayStory.attackToll(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist rockets struck Marinka on Sunday, killing 12 people. More than 30 people were wounded, the "
          + "regional governor said on Sunday evening.|12/30",
      "Shells hit a market in Avdiivka on Sunday morning. Nine civilians were injured on Sunday, police said.|null/9",
      "A drone hit a bus in Marinka on Sunday, wounding six passengers. Police said on Sunday afternoon that two "
          + "people had died.|2/6"
  })
  void aTollSentenceOfTheAttacksOwnDayIsItsToll(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Artillery shelled Marinka on Sunday. Two soldiers were killed. Another soldier was wounded, the army said.|2/1",
      "Rockets hit Avdiivka on Sunday. Five civilians died at the scene, police said. Fourteen others were "
          + "injured.|5/14",
      "Separatists shelled army positions near Marinka on Sunday. Three servicemen were wounded, the military said. "
          + "A soldier was killed too, it added.|1/3"
  })
  void theOtherHalfTwoSentencesOnIsTheAttacks(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist rockets struck Marinka on Sunday, killing 12 people. On Saturday, 30 people were wounded, police "
          + "said.|12/null"
  })
  void aTollOfAnotherDayIsNot(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }
}
