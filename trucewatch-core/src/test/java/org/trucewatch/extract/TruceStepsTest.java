package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steps of truces a sentence tells, each status word with its own date (agreed one day, in force the next; a
 * series of truces), truces told by an accord's name or a bare "took effect", and words that stop a truce reading
 * (hedges, "was supposed to", "how"), on sentences written for this test (published Sunday 25 October 2020).
 */
class TruceStepsTest {

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.CEASEFIRE).toList();
  }

  private static List<String> steps(String... paragraphs) {
    return truces(paragraphs).stream().map(e -> e.subtype() + " " + e.date()).toList();
  }

  @Test
  void aTruceSignedOneDayAndInForceTheNextIsTwoSteps() {
    assertThat(steps("The two armies signed a truce on Friday, October 23, that came into force at midnight on "
        + "October 24.")).containsExactly("agreed 2020-10-23", "start 2020-10-24");
  }

  @Test
  void aSeriesOfTrucesGivesEachItsOwnDay() {
    assertThat(steps("Two ceasefires came in quick order - one signed in Geneva on October 3, another announced for "
        + "October 17 - and neither lasted.")).containsExactly("agreed 2020-10-03", "start 2020-10-17");
  }

  @Test
  void aTruceFromADayBeganThatDay() {
    assertThat(steps("Officials spoke of a \"harvest\" ceasefire from 24 June 2017 as the longest of that year."))
        .containsExactly("start 2017-06-24");
  }

  @Test
  void anAccordBesideATruceWordIsATruce() {
    assertThat(steps("The Tbilisi Accord took effect on 12 March 2015 and froze the front.",
        "It was a ceasefire, and no more than that.")).containsExactly("start 2015-03-12");
    assertThat(steps("The trade accord took effect on 12 March 2015 and cut tariffs on grain.",
        "Ministers praised it as a model.", "Exports rose by a third.",
        "Artillery shelled the village of Talish on Friday, the ministry said.")).isEmpty();
  }

  @Test
  void aBareTakingEffectBesideATruceWordIsATruce() {
    assertThat(steps("None of the earlier truces held for long.",
        "The last one came into force at midnight on 15 February 2016 and lasted a week."))
        .containsExactly("start 2016-02-15");
  }

  @Test
  void aHedgedTruceIsNoneUnlessAnAgreementGovernsIt() {
    assertThat(truces("Under the plan the region would begin a truce on Monday, a diplomat said.")).isEmpty();
    assertThat(steps("The presidents agreed in Geneva on Saturday that both armies would implement a full ceasefire "
        + "before the end of the year.")).containsExactly("agreed 2020-10-24");
  }

  @Test
  void aTruceThatWasOnlySupposedToBeginIsNone() {
    assertThat(truces("A shell hit Barda on Friday, a day after a truce was supposed to take effect.")).isEmpty();
  }

  @Test
  void aTruceInASinceClauseTakesItsOwnDate() {
    assertThat(steps("Two soldiers were killed on Friday in the worst attack since a ceasefire took hold on "
        + "October 3.")).containsExactly("start 2020-10-03");
  }

  @Test
  void agreeingOnHowATruceWouldWorkIsNoTruce() {
    assertThat(truces("The sides agreed on Friday on how a future ceasefire would be monitored.")).isEmpty();
  }

  @Test
  void aTruceObservedUnderItsAgreementIsNoNewAgreement() {
    assertThat(truces("As of Saturday morning the ceasefire agreement is largely being observed, monitors said."))
        .isEmpty();
  }

  @Test
  void aTruceThatBrokeDownWithinHoursCollapsedTheDayItBegan() {
    assertThat(steps("A three-day truce entered into force at 08:00 on October 20 but broke down within hours."))
        .containsExactly("start 2020-10-20", "collapsed 2020-10-20");
    assertThat(steps("A truce was agreed earlier this month but frayed within hours.")).hasSize(1);
  }

  @Test
  void anEndToldInThePresentPerfectIsOfTheStorysDay() {
    assertThat(steps("The rebels say the army has torn up the truce, and the road to the port is closed again."))
        .isEmpty(); // "tear up" is no status word: nothing is guessed
    assertThat(steps("The rebels say the truce has collapsed after the army moved tanks to the port."))
        .containsExactly("collapsed 2020-10-25");
    assertThat(steps("Truces in the valley have repeatedly collapsed, the rebels say.")).isEmpty();
  }

  @Test
  void aTruceThatExpiredEnded() {
    assertThat(steps("The truce expired on October 2 without renewal.")).containsExactly("ended 2020-10-02");
  }

  @Test
  void aTruceNamedByItsMonthBeganThen() {
    assertThat(truces("Despite the truce of last September, shelling of Tartar went on."))
        .singleElement().satisfies(e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2020, 9, 1));
          assertThat(e.dateEnd()).isEqualTo(LocalDate.of(2020, 9, 30));
        });
  }

  @Test
  void aTruceDatedOnlyByItsYearIsBackground() {
    assertThat(truces("A ceasefire agreed in 1994 froze the conflict for decades.")).isEmpty();
  }
}
