package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The truce and talks readings of the a17 reports, each on two phrasings: an extension told in the present perfect,
 * a breach of a day told with no attack, a date set off by a comma, an end or extension dated after the story, a
 * truce's end day near talks, talks begun days ago that go on, measures to shore up a truce, and a bare "pause" beside
 * a truce word. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TruceSeventeenTest {

  private static final LocalDate SUNDAY = SundayStory.SUNDAY;
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void anExtensionToldInThePresentPerfectIsNewsOfTheDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "An agreement has been reached to extend the humanitarian truce "
        + "for two more days, the mediator's spokesman said.")).extracting(Event::date).containsExactly(SUNDAY);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The two sides have extended the truce by another week, the "
        + "envoy's office said.")).extracting(Event::date).containsExactly(SUNDAY);
  }

  @Test
  void aBreachOfADayWithNoAttackIsAViolation() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The army accused the rebels on Sunday of having violated the "
        + "ceasefire agreement on Saturday several times.")).extracting(Event::subtype, Event::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("violated", SATURDAY));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The ministry said the militia breached the truce on Saturday, "
        + "without giving details.")).extracting(Event::subtype, Event::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("violated", SATURDAY));
    // a count over a month is no breach of a day
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The militia has violated the ceasefire 18 times this month, "
        + "officials said.")).isEmpty();
  }

  @Test
  void aDateSetOffByACommaStillDatesItsStatus() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The truce began in August and was extended by two months, on 2 "
        + "October.")).extracting(Event::subtype, Event::date)
        .contains(org.assertj.core.groups.Tuple.tuple("extended", LocalDate.of(2020, 10, 2)));
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The ceasefire was renewed for 30 days, on 20 October, after a "
        + "week of talks.")).extracting(Event::subtype, Event::date)
        .contains(org.assertj.core.groups.Tuple.tuple("extended", LocalDate.of(2020, 10, 20)));
    // but a speaker's day after a comma is not the day a truce was agreed a week before
    assertThat(SundayStory.of(EventType.CEASEFIRE, "A missile struck the city overnight, killing 13 civilians, "
        + "officials said on Saturday, a week after a humanitarian truce was agreed in Moscow."))
        .extracting(Event::date).doesNotContain(SATURDAY);
  }

  @Test
  void anEndDatedAfterTheStoryIsPlanned() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Aid deliveries will go on while the renewed truce lasts, and the "
        + "renewed truce ends on 2 November.")).isEmpty();
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The extended ceasefire expires on 30 October, the mediators "
        + "said.")).isEmpty();
  }

  @Test
  void aTrucesEndDayIsNoDayOfTalks() {
    // the truce's end day, read as the talks' (and as a past day), dropped the round as background
    assertThat(SundayStory.of(EventType.TALKS, "Armenian and Azerbaijani negotiators held talks in Geneva before the "
        + "ceasefire expires on 1 November.")).extracting(Event::date).containsExactly(SUNDAY);
    assertThat(SundayStory.of(EventType.TALKS, "Talks between Armenia and Azerbaijan went on as the renewed truce "
        + "ends on 2 November.")).extracting(Event::date).containsExactly(SUNDAY);
  }

  @Test
  void talksBegunDaysAgoThatGoOnAreOfTheStorysDay() {
    assertThat(SundayStory.of(EventType.TALKS, "The talks in Jeddah, which opened on 6 October under Saudi "
        + "facilitation, are continuing.")).extracting(Event::date).containsExactly(SUNDAY);
    assertThat(SundayStory.of(EventType.TALKS, "Talks between Armenian and Azerbaijani delegations, which began on 1 "
        + "October in Geneva, remain under way.")).extracting(Event::date).containsExactly(SUNDAY);
  }

  @Test
  void measuresToShoreUpATruceAreATruceAgreed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Ukraine, Russia and the OSCE agreed on Saturday on a set of "
        + "measures to shore up the ceasefire in the east.")).extracting(Event::date).containsExactly(SATURDAY);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The contact group signed on Saturday a list of additional "
        + "measures to strengthen the truce.")).extracting(Event::date).containsExactly(SATURDAY);
  }

  @Test
  void aBarePauseBesideATruceIsOne() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Israel and Hamas agreed to a humanitarian truce last week. The "
        + "pause took hold at 7am on Saturday.")).extracting(Event::date).contains(SATURDAY);
    assertThat(SundayStory.of(EventType.CEASEFIRE, "A truce for the evacuation was agreed on Friday. The pause "
        + "came into effect at noon on Saturday, residents said.")).extracting(Event::date).contains(SATURDAY);
    // the object of a mediator's past verb is no pause agreed that day
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The truce ended on Friday. Qatar, which mediated the pause, said "
        + "talks were continuing on Saturday.")).extracting(Event::date).doesNotContain(SATURDAY);
  }
}
