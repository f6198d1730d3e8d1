package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A free toll told a few sentences after the story's only attack of its day, with other words between, is
 * that attack's figure; a toll told long after, or with two attacks of the day, stays no one's. Stories written for
 * this test.
 */
class TollSoonAfterTest {

  private static final String OPENING = "The ministry published its morning summary on Sunday.\n\n"
      + "It listed several violations of the truce.\n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day."
          + "|Four civilians were killed, police said.|4/null",
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day, and "
          + "the power went out.|Eleven people were injured, medics said.|null/11",
  })
  void theOnlyAttackTakesATollToldSoonAfter(String attack, String middle, String toll, String expected) {
    assertThat(SundayStory.attackToll(OPENING + attack + "\n\n" + middle + "\n\n" + toll)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Separatist forces shelled the village of Marinka on Sunday morning.|Separatist forces also shelled Avdiivka "
          + "on Sunday.|Four civilians were killed, police said.",
      "Separatist forces shelled the village of Marinka on Sunday morning.|Rescue crews worked through the day. "
          + "Shops stayed shut. The school was closed. Buses did not run. Families left for the city.|Four civilians "
          + "were killed, police said.",
  })
  void aTollOfTwoAttacksOrFarOnIsNoOnes(String attack, String middle, String toll) {
    assertThat(SundayStory.attacks(OPENING + attack + "\n\n" + middle + "\n\n" + toll)).isNotEmpty()
        .filteredOn(e -> e.location() != null && e.location().name().startsWith("Marinka"))
        .allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
  }
}
