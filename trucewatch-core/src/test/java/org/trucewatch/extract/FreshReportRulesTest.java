package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules read from the eighth round's fresh reports: a truce "mediated", a passive casualty verb before "and", a
 * live blog's "Health ministry:" line, a war's running toll, a total for several places, joint attackers, "fire was
 * directed at", a town placed by a compass word, "tens of thousands", a truce proposed rather than agreed. Sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class FreshReportRulesTest {

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  private static List<String> places(List<Event> events) {
    return events.stream().map(e -> e.location() == null ? null : e.location().surface()).toList();
  }

  @Test
  void aCeasefireMediatedBetweenTwoSidesIsAgreed() {
    assertThat(of(EventType.CEASEFIRE, "Oman has mediated a ceasefire between the United States and the Houthis, "
        + "Oman's foreign minister said on Saturday.")).extracting(Event::subtype).containsExactly("agreed");
  }

  @Test
  void aPassiveKilledBeforeAndDoesNotMakeTheNextFigureKilled() {
    List<Event> found = of(EventType.ATTACK, "A journalist was killed and six other reporters were wounded when "
        + "Israeli shells struck a group of media workers near Alma al-Shaab on Saturday, witnesses said.");
    assertThat(found).singleElement().satisfies(e -> {
      assertThat(e.casualties()).isNotNull();
      assertThat(e.casualties().killed()).isNotEqualTo(6);
      assertThat(e.casualties().wounded()).isEqualTo(6);
    });
  }

  @Test
  void aSpeakerNounBeforeALiveBlogColonClaimsTheLine() {
    List<Event> reports = of(EventType.CASUALTY_REPORT,
        "Health ministry: Israeli raids on the port of Hodeidah on Saturday left three dead and 87 injured.");
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.claims()).extracting(Claim::actor)
        .containsExactly("Health ministry"));
  }

  @Test
  void aColonAfterAPlaceNameIsNoSpeaker() {
    List<Event> attacks = of(EventType.ATTACK, "Lebanon live: a drone strike hit a car in Bint Jbeil on Saturday.");
    assertThat(attacks).allSatisfy(e -> assertThat(e.claims()).extracting(Claim::actor).doesNotContain("Lebanon live"));
  }

  @Test
  void aWarsRunningTollIsNoAttack() {
    assertThat(of(EventType.ATTACK, "Air strikes have killed more than 150,000 people in Yemen since the war began "
        + "in 2015, the United Nations said on Saturday.")).isEmpty();
  }

  @Test
  void theDeadliestDaySinceTheWarBeganIsStillThatDaysAttack() {
    assertThat(places(of(EventType.ATTACK, "Israeli strikes killed 40 people in Khan Younis on Saturday, the deadliest "
        + "day since the war began, medics said."))).isNotEmpty();
  }

  @Test
  void aTollCountedSinceAWeekdayIsNoAttackEvenWithItsAttacker() {
    assertThat(of(EventType.ATTACK, "Israeli strikes have killed 40 people in Khan Younis since Monday, medics said."))
        .isEmpty();
  }

  @Test
  void aFigureForSeveralListedPlacesIsNoPlacesOwn() {
    String text = "Fighting in Khartoum and Omdurman killed 40 people on Saturday, medics said.";
    assertThat(of(EventType.ATTACK, text)).hasSize(2)
        .allSatisfy(e -> assertThat(e.casualties() != null && Integer.valueOf(40).equals(e.casualties().killed()))
            .isFalse());
    assertThat(of(EventType.CASUALTY_REPORT, text)).extracting(e -> e.casualties().killed()).containsExactly(40);
  }

  @Test
  void aFigureOfOnePlaceStaysItsAttacks() {
    assertThat(of(EventType.ATTACK, "Fighting in Omdurman killed 40 people on Saturday, medics said."))
        .singleElement().satisfies(e -> assertThat(e.casualties().killed()).isEqualTo(40));
  }

  @Test
  void jointAttackersMakeOneAttackAPlace() {
    List<Event> found = of(EventType.ATTACK, "U.S. and British warplanes struck Houthi targets in Sanaa and Hodeidah "
        + "on Saturday, the group's military spokesman said.");
    assertThat(places(found)).containsExactlyInAnyOrder("Sanaa", "Hodeidah");
  }

  @Test
  void fireDirectedAtPositionsInTheDirectionOfTownsIsAnAttackAtEach() {
    List<Event> found = of(EventType.ATTACK, "Azerbaijani units opened fire with artillery after midnight. Fire was "
        + "directed at our positions in the direction of Sotk, Vardenis and Kapan, the ministry said.");
    assertThat(places(found)).contains("Sotk", "Vardenis", "Kapan");
  }

  @Test
  void aTownAfterACompassWordOnlySaysWhereTheFirstLies() {
    List<Event> found = of(EventType.ATTACK, "Azerbaijani shells hit Jermuk, 30 km north of Goris, on Saturday, the "
        + "Armenian defence ministry said.");
    assertThat(places(found)).containsExactly("Jermuk");
  }

  @Test
  void tensOfThousandsIsNoFigure() {
    assertThat(of(EventType.CASUALTY_REPORT, "The war between the army and the RSF has killed tens of thousands of "
        + "people, the United Nations said on Saturday.")).noneSatisfy(e ->
            assertThat(e.casualties().killed()).isEqualTo(10));
  }

  @Test
  void agreeingToATruceProposedByMediatorsIsNoTruceAgreed() {
    assertThat(of(EventType.CEASEFIRE, "The Rapid Support Forces said on Saturday that it had agreed to a "
        + "humanitarian truce proposed by the Quad group of mediators.")).isEmpty();
    assertThat(of(EventType.CEASEFIRE, "Lebanon agreed on Saturday to a US proposal for a ceasefire with Israel."))
        .isEmpty();
  }

  @Test
  void twoSidesAgreeingToATruceIsStillAgreed() {
    assertThat(of(EventType.CEASEFIRE, "The two sides agreed on Saturday to a ceasefire that would take effect at "
        + "dawn.")).extracting(Event::subtype).contains("agreed");
  }
}
