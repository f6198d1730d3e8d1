package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A perfect's auxiliary between an unnamed subject and its speech verb ("the coalition has denied involvement") leaves
 * the speech word a verb, as "the coalition denied involvement" is. Stories written for this test, dated against Sunday
 * 25 October 2020.
 */
class PerfectSpeechVerbTest {

  @Test
  void aDenialAfterAPerfectAuxiliaryIsStillADenial() {
    Event tartar = SundayStory.at(SundayStory.attacks(
        "Armenian artillery shelled Tartar on Saturday, wounding two people, Azerbaijani officials said.",
        "The rival command has denied involvement."), "Tartar");
    assertThat(tartar.deniedBy()).anyMatch(d -> d.contains("command"));
  }
}
