package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Yemeni Armed Forces", capitalised, is the name the Houthis' military in Sanaa gives itself (its statements and
 * spokesman use it); the government's army is the National Army or the Yemeni army. Sentences written for
 * this test.
 */
class HouthiForcesOwnNameTest {

  private static String side(List<Event> attacks) {
    return attacks.stream().map(Event::perpetratorSide).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  @Test
  void theForcesClaimAStrikeOnAShip() {
    assertThat(side(SundayStory.attacksOn("2024-03-11",
        "The Yemeni Armed Forces said on Monday they had struck a cargo ship in the Red Sea with two ballistic"
            + " missiles."))).isEqualTo("HOUTHIS");
  }

  @Test
  void aStatementOfTheForcesTellsADroneAttack() {
    assertThat(side(SundayStory.attacksOn("2024-07-22",
        "In a televised statement, the Yemeni Armed Forces claimed a drone attack on the port of Eilat on Sunday"
            + " night."))).isEqualTo("HOUTHIS");
  }

  @Test
  void theirNavalUnitsHitATanker() {
    assertThat(side(SundayStory.attacksOn("2024-01-15",
        "Naval units of the Yemeni Armed Forces targeted an oil tanker off Hodeidah on Sunday, their military"
            + " spokesman said."))).isEqualTo("HOUTHIS");
  }

  @Test
  void theGovernmentsArmyStaysTheGovernments() {
    assertThat(side(SundayStory.attacksOn("2019-02-09",
        "The Yemeni army shelled rebel positions east of Taiz on Friday, a military source said.")))
        .isNotEqualTo("HOUTHIS");
  }
}
