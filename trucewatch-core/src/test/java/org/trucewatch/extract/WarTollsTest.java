package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * A generic war word heading a whole war's toll in the perfect is background, no attack (WarTolls); a small toll, or a
 * day's, stays the news. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class WarTollsTest {

  @Test
  void theFightingsWholeTollIsNoAttack() {
    assertThat(attacks("Envoys met in Moscow on Sunday to discuss a truce. The fighting in Nagorno-Karabakh has "
        + "killed more than 5,000 people.")).isEmpty();
  }

  @Test
  void hostilitiesThatKilledThousandsAreNoAttack() {
    assertThat(attacks("Hostilities around Stepanakert have killed thousands of people, the envoy said on Sunday."))
        .isEmpty();
  }

  @Test
  void aSmallTollOfFreshFightingStaysAnAttack() {
    assertThat(attacks("Fighting near Martuni has killed 12 soldiers, the ministry said on Sunday.")).hasSize(1);
  }
}
