package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * What an accord bans or pulls back is its terms, not an attack, and striking workers strike no one; each beside a
 * sentence that still tells an attack. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AccordTermsTest {

  @Test
  void whatAnAccordBansIsNoAttack() {
    assertThat(attacks("Negotiators in Minsk agreed on Sunday on a ban on sniper fire and drone flights along the "
        + "line of contact in Donbas.")).isEmpty();
    assertThat(attacks("Sniper fire killed a Ukrainian soldier near Avdiivka on Sunday, the army said.")).isNotEmpty();
  }

  @Test
  void heavyWeaponsPulledBackAreNoShelling() {
    assertThat(attacks("Armenia and Azerbaijan signed a deal in Moscow on Sunday that pulls heavy weapons back from "
        + "the border.")).isEmpty();
    assertThat(attacks("The withdrawal of heavy weapons from the line near Donetsk began on Sunday, monitors said."))
        .isEmpty();
    assertThat(attacks("Separatists pounded Avdiivka with heavy weapons on Sunday, the Ukrainian army said."))
        .isNotEmpty();
  }

  @Test
  void strikingWorkersStrikeNoOne() {
    assertThat(attacks("Striking dockers in Odesa voted on Sunday to return to work after a pay deal.")).isEmpty();
    assertThat(attacks("Russian missiles were striking the port of Odesa on Sunday, officials said.")).isNotEmpty();
  }
}
