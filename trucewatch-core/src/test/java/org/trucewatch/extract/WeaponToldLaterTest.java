package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * News tells an act first with a verb of no kind ("attacked", "hit", "targeted") and its attacker, and names its weapon
 * sentences later with no attacker ("missiles had struck a warehouse in the town"): one act, not two. A fight told as
 * such stays a fight. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class WeaponToldLaterTest {

  @Test
  void aWeaponToldWithNoAttackerJoinsTheActToldWithOne() {
    assertThat(attacks("Russian forces hit Kharkiv again on Sunday, the regional governor said.",
        "Missiles fired from across the border had struck a warehouse in Kharkiv, he said.")).hasSize(1);
    assertThat(attacks("The RSF targeted El Obeid on Sunday, the army said.",
        "A local official said drones had struck the power station in El Obeid.")).hasSize(1);
  }

  @Test
  void aFightToldAsSuchStaysAFight() {
    assertThat(attacks("Armenian and Azerbaijani troops clashed near Tovuz on Sunday, both sides said.",
        "Residents said artillery could be heard in Tovuz."))
        .extracting(Event::subtype).doesNotContain("shelling", "attack");
  }
}
