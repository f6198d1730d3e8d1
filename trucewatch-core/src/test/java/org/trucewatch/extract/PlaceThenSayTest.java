package org.trucewatch.extract;

import static org.trucewatch.extract.SundayStory.attacks;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * "Officials in X say ...", "Residents of Y say ...": a present-tense "say" after a speaker and the place it stands in,
 * which the tagger reads as an adjective or noun of a compound, is still the speaker's verb. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class PlaceThenSayTest {

  @Test
  void aSpeakerInAPlaceThenSayClaims() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Officials in Stepanakert say Azerbaijani artillery shelled the town on "
          + "Saturday, wounding two civilians."), "Stepanakert").claimedBy())
          .anyMatch(c -> c.toLowerCase().contains("official"));
      soft.assertThat(SundayStory.at(attacks("Residents of Tartar say Armenian rockets hit a school on Saturday "
          + "morning."), "Tartar").claimedBy()).anyMatch(c -> c.toLowerCase().contains("resident"));
      soft.assertThat(SundayStory.at(attacks("Doctors in Rafah say an Israeli air strike killed five people in a tent "
          + "camp on Saturday."), "Rafah").claimedBy()).anyMatch(c -> c.toLowerCase().contains("doctor"));
      soft.assertThat(SundayStory.at(attacks("Local authorities in Mariupol say Russian shelling destroyed a hospital "
          + "on Saturday."), "Mariupol").claimedBy()).anyMatch(c -> c.toLowerCase().contains("authorit"));
    });
  }
}
