package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Baku gives a different picture": the other side's version, given or painted, is a denial, and like a denial of
 * "the account" it answers the story's allegation told further up, past the six sentences a bare denial reaches,
 * even where the story alleges acts of several days. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class AccountDenialReachTest {

  private static Event martuniWith(String answer) {
    return SundayStory.at(SundayStory.attacks(
        "On October 20 Azerbaijani drones struck a depot near Shushi, Karabakh officials said.",
        "Azerbaijani forces shelled Martuni on Saturday evening, wounding two civilians, Karabakh officials said.",
        "The wounded were taken to hospital. Residents said the noise lasted about an hour. Many families spent the "
            + "night in basements. The village school stayed closed on Sunday. Shops did not open and the streets were "
            + "empty. Local officials said repairs would begin next week. Power came back in the morning.",
        answer), "Martuni");
  }

  @Test
  void aDifferentPictureFarBelowDeniesTheAllegation() {
    assertThat(martuniWith("Baku gives a different picture.").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void aDifferentAccountFarBelowDeniesTheAllegation() {
    assertThat(martuniWith("Baku gave a very different account.").deniedBy())
        .anyMatch(d -> d.contains("Azerbaijan"));
  }
}
