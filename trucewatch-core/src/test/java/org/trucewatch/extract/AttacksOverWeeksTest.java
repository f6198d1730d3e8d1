package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Attacks told over a spell of weeks or months are a pattern of the war, no one day's attack (calm.rules,
 * attacks_over_weeks and weeks_of_attacks); a day's attack told beside such a spell stays. Sentences written for this
 * test, dated against Sunday 25 October 2020.
 */
class AttacksOverWeeksTest {

  @Test
  void attacksToldOverWeeksAreNoAttack() {
    assertThat(attacks("Azerbaijani forces carried out indiscriminate attacks on Martuni during the six weeks of "
        + "fighting, a rights group said.")).isEmpty();
    assertThat(attacks("Through those weeks Martakert and Martuni were shelled almost daily, while Armenian rockets "
        + "hit Barda.")).isEmpty();
  }

  @Test
  void aDayAttackBesideASpellStays() {
    assertThat(attacks("Saturday's shelling of Martuni follows a string of similar reports over the past two months."))
        .hasSize(1);
  }
}
