package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks named in general: a plural attack noun placed only at a region or country, with no day or figure of its own
 * ("the escalating attacks on civilians in Darfur"), and a relative clause that tells more of an attack noun ("air
 * raids on Yemen, which it says hit only military sites"), are no attack of their own.
 */
class GeneralPluralAttackTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "UN officials warned on Friday that the growing attacks on civilians in Darfur could amount to war crimes.",
      "The rebels accused the army of a long record of aerial bombardments of villages in Darfur.",
      "Human rights groups say repeated drone strikes across North Darfur have emptied whole districts.",
      "Relentless artillery attacks on Nagorno-Karabakh have driven thousands from their homes, aid agencies say."})
  void aPatternAcrossARegionIsNoAttack(String text) {
    assertThat(attacks(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Air strikes in North Darfur killed 12 people, activists said on Saturday.",
      "Army air strikes on markets in North Darfur killed 40 people on Saturday, activists said.",
      "Renewed air strikes pounded Nagorno-Karabakh overnight, residents said."})
  void aDaysStrikesOnARegionStay(String text) {
    assertThat(attacks(text)).as(text).hasSize(1);
  }

  @Test
  void aRelativeClauseOnAnAttackNounIsTheSameAttack() {
    assertThat(attacks("The coalition defends its air raids on Yemen, which it says hit only military sites.")).isEmpty();
    assertThat(attacks("Armenia condemned the shelling of Nagorno-Karabakh, which it says targets homes and schools.")).isEmpty();
    // a relative clause with a day and a place of its own still tells the attack
    assertThat(attacks("Israeli strikes that hit the town of Tyre on Saturday killed three people, officials said."))
        .hasSize(1);
  }
}
