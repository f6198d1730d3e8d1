package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Baku has neither confirmed nor denied the strike": a denial paired with a confirmation withheld denies nothing.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class WithheldDenialTest {

  @Test
  void neitherConfirmedNorDeniedIsNoDenial() {
    Event martuni = SundayStory.at(SundayStory.attacks(
        "Azerbaijani drones struck a depot in Martuni on Saturday, wounding two guards, Karabakh officials said.",
        "Baku has neither confirmed nor denied the strike."), "Martuni");
    assertThat(martuni.deniedBy()).isEmpty();
  }
}
