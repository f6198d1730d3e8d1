package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A passive blame names the attacker after "on" or "to" ("the raid was blamed on X", "the strikes are attributed to
 * X"): the attack told in its subject takes that side. Sentences written for this test.
 */
class BlamedInPassiveTest {

  @Test
  void anAttackBlamedOnASideIsThatSides() {
    assertThat(SundayStory.attacksOn("2025-03-09",
        "A drone struck a crowded market in Umm Ruwaba on Saturday, local officials said.",
        "Saturday's attack on Umm Ruwaba was blamed on the paramilitary Rapid Support Forces, which did not comment."))
        .isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()), "blamed on the RSF");
  }

  @Test
  void anAttackAttributedToASideIsThatSides() {
    assertThat(SundayStory.attacksOn("2025-03-09",
        "Shells hit homes in Kadugli on Saturday, residents said.",
        "The shelling was attributed to the Rapid Support Forces, which have besieged the town for months."))
        .isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()), "attributed to the RSF");
  }
}
