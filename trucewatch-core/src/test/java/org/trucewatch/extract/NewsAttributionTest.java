package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution in the wordings of news in general rather than of one corpus: a denial told paragraphs after the
 * allegation, a side rejecting an account that named no attacker, an accusation in a participle after the statement,
 * a toll given or raised as someone's count, a denial after "and", and a multi-word denial verb the tagger misreads.
 * Sentences written for this test, published Sunday 25 October 2020.
 */
class NewsAttributionTest {

  private static Event at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().name().contains(place)).findFirst()
        .orElseThrow(() -> new AssertionError("no attack at " + place + " in " + events));
  }

  @Test
  void aSideRejectingTheAccountOfAnUnattributedAttackIsItsAllegedAttacker() {
    List<Event> all = attacks(
        "A boy was killed on Saturday when a device dropped from a drone exploded in a yard in Tartar, a local "
            + "official said.",
        "Armenia rejected the account.");
    Event tartar = at(all, "Tartar");
    assertThat(tartar.perpetratorSide()).isEqualTo("AM");
    assertThat(tartar.deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
  }

  @Test
  void aRejectionOfTheAccountReachesBackToTheLead() {
    List<Event> all = attacks(
        "Armenian forces shelled Tartar on Saturday, killing two civilians, Azerbaijan's defence ministry said.",
        "The town lies in a cotton-growing district.", "Its market had reopened only last month.",
        "Schools in the district were shut for the week.", "Many families had left for Barda in recent days.",
        "Local officials asked residents to stay in basements.", "The region has a population of about 100,000.",
        "A road to the east was closed to traffic.", "Armenia's defence ministry rejected the account.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
  }

  @Test
  void aParticipleAfterTheStatementNamesTheAttacker() {
    List<Event> all = attacks(
        "A drone struck a market in Tartar on Saturday, killing two people, a local official said, blaming Armenian "
            + "forces.");
    assertThat(at(all, "Tartar").perpetratorSide()).isEqualTo("AM");
  }

  @Test
  void aTollGivenBySomeoneIsTheirCount() {
    List<Event> all = SundayStory.events("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry "
        + "said.", "The Tartar district hospital later gave a toll of four dead.");
    assertThat(all).filteredOn(e -> e.type() == EventType.CASUALTY_REPORT)
        .anySatisfy(e -> assertThat(e.claimedBy()).anySatisfy(c -> assertThat(c).containsIgnoringCase("hospital")));
  }

  @Test
  void aTollRaisedBySomeoneIsTheirCount() {
    // ("raised its toll to six": the reviser gives the figure, not the statement named after it)
    List<Event> all = SundayStory.events("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry "
        + "said.", "The district hospital raised its toll to six dead, according to its statement.");
    assertThat(all).filteredOn(e -> e.type() == EventType.CASUALTY_REPORT)
        .anySatisfy(e -> assertThat(e.claimedBy()).anySatisfy(c -> assertThat(c).containsIgnoringCase("hospital")));
  }

  @Test
  void aDenialAfterAndIsItsSpeakers() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Nobody was hurt, an official said, and the army denied the report.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).containsIgnoringCase("army"));
  }

  @Test
  void aDifferentAccountIsADenialWhateverTheTaggerMakesOfTheVerb() {
    List<Event> all = attacks("Israeli forces fired on a crowd in Gaza City on Saturday, killing ten people, the Gaza "
        + "health ministry said.", "The Israeli military gave a very different account.");
    assertThat(at(all, "Gaza").deniedBy()).anySatisfy(d -> assertThat(d).containsIgnoringCase("Israeli military"));
  }

  @Test
  void callingTheReportPropagandaDeniesIt() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Armenia's defence ministry said the report was propaganda.");
    assertThat(at(all, "Tartar").deniedBy()).anySatisfy(d -> assertThat(d).contains("Armenia"));
  }

  @Test
  void aPageWithoutATitleIsIssuedByItsFirstLine() {
    List<Event> all = attacks("Ministry of Defence of the Republic of Armenia: statement on the situation at the border",
        "Units of the Azerbaijani armed forces shelled Armenian positions near Goris on Saturday.");
    assertThat(at(all, "Goris").claimedBy()).anySatisfy(c -> assertThat(c).contains("Ministry of Defence"));
  }

  @Test
  void aDenialItReportsLeavesAStatementItsIssuers() {
    List<Event> all = attacks("Ministry of Defence of the Republic of Armenia: statement on the situation at the border",
        "Units of the Azerbaijani armed forces shelled Armenian positions near Goris on Saturday.",
        "Azerbaijan's defence ministry denied the report.");
    Event goris = at(all, "Goris");
    assertThat(goris.deniedBy()).anySatisfy(d -> assertThat(d).contains("Azerbaijan"));
    assertThat(goris.claimedBy()).anySatisfy(c -> assertThat(c).contains("Ministry of Defence of the Republic"));
  }
}
