package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A side's adjective on the weapons that are the subject of the attack verb, with a perfect's auxiliary before the
 * verb ("Saudi jets had bombed", "Israeli drones had struck"), and a bare "the coalition" of the war in Yemen (the
 * Saudi-led one, as its news calls it): the side is the attacker named. A participle after a weapon that another
 * verb took as its object is a reduced relative, whose agent that verb's subject is not ("the coalition had downed a
 * drone launched toward Jizan"). Sentences written for this test.
 */
class PerpetratorWeaponSubjectTest {

  @Test
  void aSidesAdjectiveWithAnAuxiliaryBeforeTheVerb() {
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis and the government fought on in Saada.",
        "Residents said Saudi jets had bombed a fuel depot in Hajjah on Friday.");
    SundayStory.namedAttacker("IL", "2024-06-10", "Cross-border fire went on for an eighth month.",
        "Residents said Israeli drones had struck a house in Aitaroun on Sunday.");
  }

  @Test
  void theCoalitionAloneInYemen() {
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis fought on near Marib for a second week.",
        "The coalition bombed a farm in Hajjah on Friday, residents said.");
    SundayStory.namedAttacker("SA", "2021-03-06", "The Houthis fought on near Marib for a second week.",
        "Residents said the coalition had bombed a farm in Hajjah on Friday.");
  }

  @Test
  void whoDownsAWeaponLaunchedAtAPlaceDidNotLaunchIt() {
    assertThat(SundayStory.attacksOn("2021-03-06", "The Houthis fought on near Marib for a second week.",
        "Residents said the coalition had downed a drone launched toward Jizan on Friday.")).isNotEmpty()
        .noneMatch(e -> "SA".equals(e.perpetratorSide()));
  }
}
