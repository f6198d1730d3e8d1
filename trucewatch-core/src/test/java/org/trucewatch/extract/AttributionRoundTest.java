package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution as outlets write it: each side blaming the other, denials by a different account, a speaker named
 * again as "the ministry", a headline's speaker over an unattributed lead, and an agency's line told right after the
 * attack. Sentences written for this test, published Sunday 25 October 2020.
 */
class AttributionRoundTest {

  private static Event at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().name().contains(place)).findFirst()
        .orElseThrow(() -> new AssertionError("no attack at " + place + " in " + events));
  }

  private static Event toldIn(List<Event> events, int sentence) {
    return events.stream().filter(e -> e.evidence().get(0).sentence() == sentence).findFirst()
        .orElseThrow(() -> new AssertionError("no attack told in sentence " + sentence + " in " + events));
  }

  @Test
  void eachSideBlamingTheOtherDeniesTheOthersAccount() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Armenia's defence ministry said Azerbaijani forces shelled Goris on Saturday.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
    assertThat(at(all, "Goris").deniedBy()).anySatisfy(d -> assertThat(d).contains("Azerbaijan"));
  }

  @Test
  void anAccusationOfTheSameSideIsNoCounterClaim() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Azerbaijan's defence ministry said Armenian forces also shelled Terter district villages on Saturday.");
    assertThat(all).allSatisfy(e -> assertThat(e.deniedBy()).isEmpty());
  }

  @Test
  void aVeryDifferentAccountDeniesTheAccusation() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Yerevan gave a very different account.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
  }

  @Test
  void theOtherWayRoundDeniesTheAccusation() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Armenia's defence ministry said it was the other way round.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
  }

  @Test
  void theMinistryIsTheMinistryNamedBefore() {
    List<Event> all = attacks(
        "The press service of the Ministry of Defence of Ukraine said two soldiers were wounded on Saturday.",
        "Three attacks were recorded near Avdiivka on Saturday, the ministry said.");
    assertThat(at(all, "Avdiivka").claimedBy()).anySatisfy(c -> assertThat(c).contains("Ministry of Def"));
  }

  @Test
  void theStatementIsTheLastNamedSpeakers() {
    List<Event> all = attacks(
        "The press centre of the Joint Forces Operation said in a statement that two soldiers were wounded on Saturday.",
        "Near Avdiivka, mortars and grenade launchers were used on Saturday, the statement said.");
    assertThat(at(all, "Avdiivka").claimedBy()).anySatisfy(c -> assertThat(c).containsIgnoringCase("Joint Forces"));
  }

  @Test
  void aHeadlinesSpeakerAttributesTheLead() {
    List<Event> all = attacks("Shells hit Tartar; Azerbaijan blames Armenian forces",
        "Shells fell on houses in Tartar on Saturday evening, wounding two people.");
    assertThat(toldIn(all, 1).claimedBy()).anySatisfy(c -> assertThat(c).contains("Azerbaijan"));
  }

  @Test
  void aHeadlineWithAFullStopIsTheBodysFirstSentence() {
    List<Event> all = attacks("Azerbaijan says talks must resume.",
        "Shells fell on houses in Tartar on Saturday evening, wounding two people.");
    assertThat(toldIn(all, 1).claimedBy()).noneSatisfy(c -> assertThat(c).contains("Azerbaijan"));
  }

  @Test
  void anAgencysLineRightAfterTheAttackSpeaksForIt() {
    List<Event> all = attacks("Shells hit Tartar on Saturday.",
        "According to the Azerbaijani defence ministry, one shell hit a school.");
    assertThat(at(all, "Tartar").claimedBy()).anySatisfy(c -> assertThat(c).contains("Azerbaijan"));
  }
}
