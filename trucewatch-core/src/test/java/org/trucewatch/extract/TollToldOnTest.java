package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attributed mention with no place, told right after a placed attack of its day, joins that attack with its
 * speakers; the toll it tells is the attack's too, not lost with the mention; stories written for this test.
 */
class TollToldOnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rebel gunners pounded Goris on Sunday. A police spokesman said a drone hit the town's clinic, killing four "
          + "people and wounding nine.|4/9",
      "Troops shelled Tartar on Sunday. According to the governor, a rocket struck the bus station, killing two "
          + "men.|2/null"
  })
  void theTollOfAMentionToldOnIsThePlacedAttacks(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }
}
