package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A side that says its own forces did not do the act ("said its troops had not struck the post", "said it did not fire
 * on the convoy") denies the attack the other side alleges, though no denial verb stands there. Stories written for
 * this test, dated against Sunday 25 October 2020.
 */
class NegatedActDenialTest {

  @Test
  void aSideSayingItsForcesHadNotStruckDenies() {
    Event martuni = SundayStory.at(SundayStory.attacks(
        "An Azerbaijani drone struck a school in Martuni on Saturday, Karabakh officials said.",
        "Relatives gathered outside the hospital. Azerbaijan's defence ministry said on Saturday evening that its "
            + "forces had not struck any civilian building."), "Martuni");
    assertThat(martuni.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void aSideSayingTheOtherCampHadNotFiredDeniesNothingOfItsOwn() {
    // ("said Armenian units had not shelled ...": the act negated is the other camp's, so Baku denies nothing)
    Event tartar = SundayStory.at(SundayStory.attacks(
        "Azerbaijani artillery shelled Tartar on Saturday, Armenian officials said.",
        "Azerbaijan's defence ministry said Armenian units had not shelled the town since Friday."), "Tartar");
    assertThat(tartar.deniedBy()).noneMatch(d -> d.contains("Azerbaijan"));
  }
}
