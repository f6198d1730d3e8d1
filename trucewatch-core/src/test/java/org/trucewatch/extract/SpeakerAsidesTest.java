package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker's name stays the speaker's past an aside before its verb: a relayed source set off by commas ("a
 * newspaper, citing hospital staff, put the number of dead at seven" is the staff's count), a plea for anonymity with
 * its reason, and a restrictive "who" clause with no commas. Sentences written for this test, dated against Sunday 25
 * October 2020.
 */
class SpeakerAsidesTest {

  private static Event tartar(String story) {
    return SundayStory.at(SundayStory.attacks(story), "Tartar");
  }

  @Test
  void aSourceCitedInAnAsideTellsTheAttack() {
    assertThat(tartar("Shells fell on a bus station in Tartar on Saturday. A regional newspaper, citing hospital "
        + "staff, put the number of dead at seven.").claimedBy()).anyMatch(c -> c.contains("hospital staff"));
  }

  @Test
  void anOutletCitingWhatIsNoNameTellsItItself() {
    assertThat(tartar("Shells fell on a bus station in Tartar on Saturday. The Tartar Courier, citing what it had "
        + "heard at the morgue, put the number of dead at seven.").claimedBy())
        .anyMatch(c -> c.contains("Tartar Courier"));
  }

  @Test
  void aPleaForAnonymityWithItsReasonStandsAsideFromTheSpeaker() {
    assertThat(tartar("A police officer in the town, speaking on condition of anonymity because he was not allowed "
        + "to talk to the press, told reporters that shells had killed four people in Tartar on Saturday.")
        .claimedBy()).anyMatch(c -> c.contains("police officer"));
  }

  @Test
  void aWhoClauseWithoutCommasStandsAsideFromTheSpeaker() {
    assertThat(tartar("Shells fell on a bus station in Tartar on Saturday. A nurse at the hospital who asked not to "
        + "be named said nine people had been killed there.").claimedBy()).anyMatch(c -> c.contains("nurse"));
  }
}
