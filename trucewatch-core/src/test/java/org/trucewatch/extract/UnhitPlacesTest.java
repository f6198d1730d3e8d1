package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import org.junit.jupiter.api.Test;

/**
 * A weapon named after a town is no strike on that town (UnhitPlaces): the act keeps the place it hit. Sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class UnhitPlacesTest {

  @Test
  void aDroneNamedAfterATownIsNoSecondStrike() {
    var events = attacks("The rebels said on Sunday they hit an army depot in Tartar with a new drone they named "
        + "Shusha.");
    assertThat(daysAt(events, "Shusha")).isEmpty();
    assertThat(daysAt(events, "Tartar")).isNotEmpty();
  }

  @Test
  void aMissileDubbedAfterACityLeavesTheCityUnhit() {
    var events = attacks("Armenian forces fired a missile dubbed Ganja at positions near Fuzuli on Sunday.");
    assertThat(daysAt(events, "Ganja")).isEmpty();
  }

  @Test
  void aVillageCalledByNameIsStillHit() {
    var events = attacks("Shells struck a village called Martuni on Sunday, officials said.");
    assertThat(daysAt(events, "Martuni")).isNotEmpty();
  }
}
