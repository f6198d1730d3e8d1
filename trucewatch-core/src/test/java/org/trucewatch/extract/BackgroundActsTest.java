package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * An act told as background (lexicon: backtold) is no attack: the act a "since" counts from, and the acts a sentence
 * retells after a reminder ("We recall that") or a "Background:" heading. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class BackgroundActsTest {

  @Test
  void theStrikeSinceCountsFromIsNoAttack() {
    assertThat(attacks("Tension on the front has grown since an Azerbaijani drone strike on a convoy near Martakert "
        + "and the shelling that followed, the ministry said on Sunday.")).isEmpty();
  }

  @Test
  void aRecalledShellingIsNoAttack() {
    assertThat(attacks("We recall that on 20 October Azerbaijani units shelled Martuni, wounding two civilians."))
        .isEmpty();
  }

  @Test
  void aBackgroundHeadingRetellsEarlierShelling() {
    assertThat(attacks("Background: Armenian forces had shelled Tartar and Barda on 18 October, killing three people."))
        .isEmpty();
  }

  @Test
  void anAttackTheSentenceTellsStaysBesideSince() {
    assertThat(attacks("Azerbaijani artillery shelled Martuni on Sunday for the first time since the truce took "
        + "effect, officials said.")).hasSize(1);
  }
}
