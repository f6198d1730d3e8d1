package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A state outside the war's camps that a third party accused of an attack ("Washington accused Iran of ordering the
 * raid") and that rejects the accusation denies the attacks told before the accusation; a state outside the camps
 * that nobody accused links to nothing. Stories written for this test, dated against Sunday 25 October 2020.
 */
class OutsiderDenialTest {

  @Test
  void anAccusedOutsiderDeniesTheAttacksOfTheAccusation() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Houthi drones struck a fuel depot in Jizan on Saturday, the rebels "
          + "said. A senior American official accused Iran of directing the raid. Tehran dismissed the accusation as "
          + "absurd."), "Jizan").deniedBy()).anyMatch(d -> d.contains("Iran") || d.contains("Tehran"));
      soft.assertThat(SundayStory.at(attacks("Rockets hit an army base near Kharkiv on Saturday, Ukrainian officials "
          + "said, blaming Russian forces. Kyiv accused Belarus of helping to launch the strike. Minsk rejected the "
          + "accusations as a fabrication."), "Kharkiv").deniedBy()).anyMatch(d -> d.contains("Belarus")
          || d.contains("Minsk"));
    });
  }

  @Test
  void anOutsiderNobodyAccusedDeniesNothing() {
    assertThat(SundayStory.at(attacks("Houthi drones struck a fuel depot in Jizan on Saturday, the rebels said. "
        + "Saudi officials said the fire was put out. Tehran dismissed Western reports about its oil exports as "
        + "absurd."), "Jizan").deniedBy()).noneMatch(d -> d.contains("Iran") || d.contains("Tehran"));
  }
}
