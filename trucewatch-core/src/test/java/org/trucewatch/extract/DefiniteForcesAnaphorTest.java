package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The Israel Defense Forces said ... The army says ...": "the army" and "the military" are the side's armed forces the
 * article named before, whatever noun the dictionary's name for them holds (lexicon category {@code anaphorkin}). Each
 * paragraph has a second speaker, so that no paragraph-wide speaker stands in. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class DefiniteForcesAnaphorTest {

  @Test
  void theArmyIsTheForcesNamedBefore() {
    Event rafah = SundayStory.at(SundayStory.attacks(
        "The Israel Defense Forces said on Saturday that its jets had struck a tunnel shaft near Beit Hanoun. Hamas "
            + "officials gave no comment.",
        "The army says a second strike hit a rocket workshop in Rafah on Saturday night. Palestinian medics said "
            + "nobody was hurt."), "Rafah");
    assertThat(rafah.claimedBy()).anyMatch(c -> c.contains("Israel Defense Forces"));
  }

  @Test
  void theMilitaryIsTheForcesNamedBefore() {
    Event khan = SundayStory.at(SundayStory.attacks(
        "The Israel Defense Forces said on Saturday that militants had fired ten rockets at Sderot. Hamas made no "
            + "statement.",
        "Aircraft later hit a launch site near Khan Younis on Saturday night, the military said. Local residents "
            + "said the blast shook their homes."), "Khan");
    assertThat(khan.claimedBy()).anyMatch(c -> c.contains("Israel Defense Forces"));
  }
}
