package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Contests, walkouts and songs told in assault words give no attack (held-out snippet batch 18: a song contest won by
 * "storming to victory" with a "hit"), while a place stormed stays an attack. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class CalmIdiomsTest {

  @Test
  void aWinStormedToIsNoAttack() {
    assertThat(attacks("Armenia's entry stormed to a surprise win at the song contest in Yerevan on Saturday."))
        .isEmpty();
  }

  @Test
  void aWalkoutIsNoAttack() {
    assertThat(attacks("Opposition delegates stormed out of the session in Khartoum on Saturday after the chairman "
        + "cut their microphones.")).isEmpty();
  }

  @Test
  void aHitSongIsNoAttack() {
    assertThat(attacks("The band's summer hit topped the charts in Kyiv on Saturday.")).isEmpty();
    assertThat(attacks("Their folk hit 'Zozulia' won the jury's vote in Lviv on Saturday.")).isEmpty();
  }

  @Test
  void aPlaceStormedOrHitStaysAnAttack() {
    assertThat(attacks("Russian troops stormed the village of Krynky on Saturday, Ukraine's army said."))
        .isNotEmpty();
    assertThat(attacks("A Russian missile hit a shopping centre in Kremenchuk on Saturday, killing 20 people."))
        .isNotEmpty();
  }
}
