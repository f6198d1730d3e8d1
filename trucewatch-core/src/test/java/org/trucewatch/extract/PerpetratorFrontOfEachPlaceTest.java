package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sentence of fire on places of two provinces with no attacker named: the camp member inferred for each place is
 * the one whose front the place lies on, not the one the article named most. Sentences written for this test.
 */
class PerpetratorFrontOfEachPlaceTest {

  @Test
  void eachPlaceTakesItsOwnFrontsMember() {
    List<Event> attacks = SundayStory.attacksOn("2021-04-12",
        "Near Popasna and Marinka, the occupiers fired mortars and grenade launchers on Sunday, the Ukrainian "
            + "military said.");
    assertThat(SundayStory.at(attacks, "Popasna").perpetratorSide()).isEqualTo("LPR");
    assertThat(SundayStory.at(attacks, "Marinka").perpetratorSide()).isEqualTo("DPR");
  }
}
