package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The place of the act an attack answers ("in response to strikes on X", "in retaliation for the raid in X") is where
 * that earlier act fell, not where the answer hit. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class AnsweredActPlaceTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.location() == null ? null : e.location().surface()).toList();
  }

  @Test
  void thePlaceOfTheStrikesAnsweredIsNoPlace() {
    assertThat(places("The militia said it launched drones at a base on Saturday as a response to the enemy's raids "
        + "on Tyre.")).doesNotContain("Tyre");
  }

  @Test
  void thePlaceOfTheRaidRetaliatedForIsNoPlace() {
    assertThat(places("Gunmen fired an anti-tank missile at an army jeep on Saturday in retaliation for the Jenin "
        + "raid, the group said.")).doesNotContain("Jenin");
  }

  @Test
  void thePlaceAfterAnAppositionInTheAnsweredActIsNoPlace() {
    assertThat(places("On Saturday the group said it fired rockets in response to the enemy's bombardment of "
        + "frontier villages, Kfar Kila among them.")).doesNotContain("Kfar Kila");
  }

  @Test
  void theAnswerStillHasItsOwnPlace() {
    assertThat(places("In retaliation for the shelling of Ganja, troops shelled Stepanakert on Saturday, the "
        + "ministry said.")).contains("Stepanakert").doesNotContain("Ganja");
  }

  @Test
  void aPlaceOfTheAnswerAfterANewClauseStays() {
    assertThat(places("Rebels fired rockets on Saturday in response to the blockade, hitting Marib, the army said."))
        .contains("Marib");
  }

  @Test
  void aCapitalThatJudgesIsItsGovernment() {
    assertThat(places("On Saturday Turkish jets struck positions of militias in Tal Tamr that Ankara regards as "
        + "terrorists, the ministry said.")).doesNotContain("Ankara");
  }

  @Test
  void aCapitalHitStaysAPlace() {
    assertThat(places("Russian missiles struck Kyiv on Saturday, killing three people, officials said."))
        .contains("Kyiv");
  }
}
