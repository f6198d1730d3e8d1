package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the eleventh round's last held-out snippets of the profiles' wars showed: barrels dropped from helicopters, a
 * garrison overrun with a verb the tagger misreads, and a battle fought with heavy weapons; on sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class FreshAttacksElevenTest {

  private static List<String> kinds(String paragraph) {
    return SundayStory.of(EventType.ATTACK, paragraph).stream().map(Event::subtype).toList();
  }

  @Test
  void barrelsDroppedOnATownAreAnAirStrike() {
    assertThat(kinds("Witnesses said nine people choked when helicopters dropped chlorine-filled barrels on Martuni "
        + "on Saturday evening.")).contains("air_drone_strike");
  }

  @Test
  void aGarrisonOverrunIsTaken() {
    assertThat(kinds("Armenian officials said on Saturday that Azerbaijani forces had overrun the garrison at Hadrut "
        + "after days of fighting.")).contains("territory_taken");
  }

  @Test
  void troopsThatFightWithHeavyWeaponsFightABattle() {
    assertThat(kinds("Armenian and Azerbaijani troops fought with heavy weapons along the border on Saturday, both "
        + "sides said.")).containsExactly("armed_clash");
  }
}
