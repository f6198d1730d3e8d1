package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side that flew warplanes alone only up to a day (the profile's {@code soleAirForceUntil}: the Saudi-led coalition
 * over Yemen before other states struck there) is the inferred attacker of an air strike nobody is named for before
 * that day, and nobody is after it. Sentences written for this test.
 */
class SoleAirForceUntilTest {

  private static final String STORY = "An air strike on Sunday hit a market in Hajjah province, killing nine people, "
      + "a hospital official told reporters.";

  @Test
  void beforeTheLastDayTheStrikeIsTheSoleAirForces() {
    List<Event> attacks = SundayStory.attacksOn("2018-09-16", "Air strike hits market in north Yemen", STORY);
    assertThat(attacks).isNotEmpty().allMatch(e -> "SA".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void afterItNobodyIsInferred() {
    List<Event> attacks = SundayStory.attacksOn("2025-04-13", "Air strike hits market in north Yemen", STORY);
    assertThat(attacks).isNotEmpty().noneMatch(e -> "SA".equals(e.perpetratorSide()));
  }
}
