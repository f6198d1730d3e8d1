package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * What a move answers is an earlier act told as its cause, and a side named by the war it fights is no battle of the
 * day (blind dev batches b18-b29: "in retaliation for the shelling", "the coalition fighting in Yemen on Saturday
 * accepted responsibility" read as attacks of the day). Sentences written for this test.
 */
class AnsweredActsTest {

  @Test
  void aShellingAnsweredIsNoAttackOfTheDay() {
    assertThat(attacks("The ministry recalled its envoy on Sunday in retaliation for the shelling of Ganja.")).isEmpty();
  }

  @Test
  void aSideFightingInACountryIsNoBattle() {
    assertThat(attacks("The alliance fighting in Karabakh on Sunday promised an inquiry into the deaths.")).isEmpty();
  }
}
