package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A raid, kidnapping or bomb from inside, with no attacker named, is not alleged to the enemy of the side that tells
 * it: who speaks is no sign of who did it. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class RaidFromInsideTest {

  private static final String NAMED = "Armenia and Azerbaijan traded accusations on Saturday.";

  @Test
  void aHostageTakingToldByOneSideIsNotAllegedToItsEnemy() {
    List<Event> hostages = attacks(NAMED, "An armed group stormed a police compound in Yerevan early on Saturday, "
        + "killing an officer and taking several policemen hostage, Armenian authorities said.");
    assertThat(hostages).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNull());
  }

  @Test
  void aRoadsideBombToldByOneSideIsNotAllegedToItsEnemy() {
    List<Event> bomb = attacks(NAMED, "A roadside bomb tore through a police car in Goris on Saturday, killing two "
        + "officers, the Armenian police said.");
    assertThat(bomb).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isNull());
  }
}
