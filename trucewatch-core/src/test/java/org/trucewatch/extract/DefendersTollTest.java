package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Defenders" is how a side's own statements name its soldiers ("one of our defenders was killed"): a victim noun of
 * the military (lexicon: victim). Stories written for this test.
 */
class DefendersTollTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Enemy artillery shelled our positions near Goris on Sunday. One of our defenders was killed and two were "
          + "wounded, the ministry said.|1/2",
      "Two defenders were wounded when enemy mortars hit positions near Tovuz on Sunday, the ministry said.|null/2",
      "Enemy drones struck a trench near Goris on Sunday, killing three defenders, the ministry said.|3/null"
  })
  void defendersAreSoldiersKilledOrWounded(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }
}
