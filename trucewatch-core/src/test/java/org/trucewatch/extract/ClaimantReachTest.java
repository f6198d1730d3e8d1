package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claimants a reader finds beyond the speech verb's own subject: an outlet named before its description, a surname
 * alone or after a title ending in a body's name, and who laid the blame for an act told before. Sentences written
 * for this test, published Sunday 25 October 2020.
 */
class ClaimantReachTest {

  @Test
  void anOutletsDescriptionIsTheOutletNamedBefore() {
    List<Event> all = attacks("Armenian artillery shelled Tartar on Saturday, the Caspian Courier reported.",
        "According to the Baku-based newspaper, Armenian drones also struck Barda on Saturday.");
    assertThat(at(all, "Barda").claimedBy()).singleElement().asString().contains("Caspian Courier");
  }

  @Test
  void aTitleEndingInABodysNameThenTheNameSpeaks() {
    List<Event> all = attacks("Armenian artillery shelled Tartar on Saturday, the head of the Tartar District "
        + "Executive Authority, Rauf Gasimzade, said.");
    assertThat(at(all, "Tartar").claimedBy()).singleElement().asString().contains("Gasimzade");
  }

  @Test
  void aSurnameAloneBeforeThePresentTenseSpeaks() {
    List<Event> all = attacks("Gasimzade says Armenian artillery shelled Tartar on Saturday morning.");
    assertThat(at(all, "Tartar").claimedBy()).singleElement().asString().isEqualTo("Gasimzade");
  }

  @Test
  void whoBlamedTheActBeforeClaimsIt() {
    List<Event> all = attacks("Shells hit Tartar on Saturday, damaging two houses.",
        "District officials blamed the shelling on Armenian forces.");
    assertThat(at(all, "Tartar").claimedBy()).singleElement().asString().contains("District officials");
  }

  @Test
  void theSubjectOfARelativeClauseWithNoRelativeWordBlames() {
    List<Event> all = attacks("Fires broke out near the Tartar depot on Saturday, in strikes local officials blamed "
        + "on Armenian forces.");
    assertThat(at(all, "Tartar").claimedBy()).singleElement().asString().contains("local officials");
  }
}
