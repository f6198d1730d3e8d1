package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Aircraft that air defences fire on are the target, not a sign that the side flying warplanes struck: the army's
 * guns firing "on the incoming aircraft" do not make the army the attacker. Sentences written for this test.
 */
class PerpetratorAircraftFiredAtTest {

  @Test
  void aircraftFiredOnAreNoAirForcesStrike() {
    assertThat(SundayStory.attacksOn("2025-03-09",
        "Ground-based air defences opened fire on the incoming aircraft over Kosti early on Saturday,"
            + " a military source said."))
        .noneMatch(e -> "SD".equals(e.perpetratorSide()));
  }
}
