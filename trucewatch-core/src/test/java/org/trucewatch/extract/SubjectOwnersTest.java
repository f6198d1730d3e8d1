package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of attack whose subject is a weapon or armed body owned by a side: the side's name before the body ("an RSF
 * drone had struck") or after a word of allegiance ("a drone belonging to the RSF", "fighters loyal to the RSF") is the
 * attacker. Sentences written for this test, dated against Sunday 14 July 2024.
 */
class SubjectOwnersTest {

  private static final String DAY = "2024-07-14";
  private static final String BACKGROUND = "The army and the Rapid Support Forces have fought for Kordofan since April.";

  @Test
  void aSideNamedBeforeItsDroneBeforeAPerfectIsTheAttacker() {
    SundayStory.namedAttacker("RSF", DAY, BACKGROUND,
        "An RSF drone had struck Kosti late on Thursday night, a military source said.");
  }

  @Test
  void aSideAfterBelongingToIsTheAttacker() {
    SundayStory.namedAttacker("RSF", DAY, BACKGROUND,
        "A drone belonging to the RSF hit a school in Kosti on Sunday, killing three pupils, teachers said.");
  }

  @Test
  void aSideAfterLoyalToIsTheAttacker() {
    SundayStory.namedAttacker("RSF", DAY, BACKGROUND,
        "Fighters loyal to the RSF attacked a market in Kosti on Sunday, killing four traders, witnesses said.");
  }

  @Test
  void aDroneTheArmyDownedIsNotTheArmys() {
    List<Event> a = SundayStory.attacksOn(DAY, BACKGROUND,
        "Air defences downed an RSF drone over Kosti on Sunday before it hit the power station, the army said.");
    assertThat(a).noneMatch(e -> "SD".equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }
}
