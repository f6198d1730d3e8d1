package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "said there had been no such attack", "no such shelling took place": a side that says the act never happened
 * denies it (lexicon category denial). Stories written for this test, dated against Sunday 25 October 2020.
 */
class NoSuchAttackTest {

  private static Event martuni(String denial) {
    return SundayStory.at(SundayStory.attacks(
        "Azerbaijani forces shelled Martuni on Saturday, killing two civilians, Karabakh officials said.",
        denial + " Talks between the two sides are due to resume in Moscow next week."), "Martuni");
  }

  @Test
  void thereHadBeenNoSuchAttackDenies() {
    assertThat(martuni("Azerbaijan's defence ministry said there had been no such attack.").deniedBy())
        .anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void noSuchShellingHadTakenPlaceDenies() {
    assertThat(martuni("The Azerbaijani military said no such shelling had taken place.").deniedBy())
        .anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void noSuchIncidentInAPresentTenseDenies() {
    assertThat(martuni("Baku insists that no such shooting occurred anywhere along the front.").deniedBy())
        .anyMatch(d -> d.contains("Azerbaijan") || d.contains("Baku"));
  }
}
