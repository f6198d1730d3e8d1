package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a truce's start is told: "agreed to stop firing from midnight" (the next day's start), "agreed to stop
 * shooting from noon on 22 October" (agreed for that start), "a ceasefire was established from 18:30" (agreed and in
 * force at once), and a start "starting Tuesday" that lies ahead of the report. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class TruceOnsetTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2020, 10, 21);
  private static final LocalDate THURSDAY = LocalDate.of(2020, 10, 22);
  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.of(EventType.CEASEFIRE, paragraphs);
  }

  @Test
  void aStartFromMidnightAfterADayAgreedIsTheNextDays() {
    for (String s : List.of("The armies of Armenia and Azerbaijan agreed on Thursday to stop firing from midnight.",
        "Commanders of both sides agreed on Thursday to a ceasefire from midnight, the mediators said.",
        "On Thursday Armenia and Azerbaijan agreed to a truce from midnight along the whole front.")) {
      assertThat(truces(s)).as(s).extracting(Event::subtype, Event::date)
          .contains(tuple("agreed", THURSDAY), tuple("start", FRIDAY));
    }
  }

  @Test
  void anAgreeingToAStartFromAnHourOnADayIsAgreedForThatDay() {
    assertThat(truces("Army chiefs of Armenia and Azerbaijan agreed in Moscow to stop shooting from noon on 22 October."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", THURSDAY), tuple("start", THURSDAY));
    assertThat(truces("Both sides agreed in Geneva to a ceasefire from 18:00 on 21 October, the envoys said."))
        .extracting(Event::subtype, Event::date).contains(tuple("agreed", WEDNESDAY), tuple("start", WEDNESDAY));
  }

  @Test
  void aTruceEstablishedIsAgreedAndInForce() {
    for (String s : List.of("With Russian mediation, a ceasefire was established from 18:30 on 22 October.",
        "A truce has been established between the two armies from 6 p.m. on 22 October, the ministry said.",
        "Ceasefire lines were established at 20:00 on 22 October after a day of talks.")) {
      assertThat(truces(s)).as(s).extracting(Event::subtype, Event::date)
          .contains(tuple("agreed", THURSDAY), tuple("start", THURSDAY));
    }
  }

  @Test
  void aDayAnOnsetWordNamesMayLieAhead() {
    assertThat(truces("Azerbaijan on Sunday announced a unilateral ceasefire starting Tuesday."))
        .extracting(Event::subtype, Event::date).contains(tuple("start", LocalDate.of(2020, 10, 27)));
    assertThat(truces("The rebels declared on Sunday a truce effective Wednesday across the front."))
        .extracting(Event::subtype, Event::date).contains(tuple("start", LocalDate.of(2020, 10, 28)));
    assertThat(truces("The truce starting Friday collapsed within hours, both sides said."))
        .extracting(Event::date).doesNotContain(LocalDate.of(2020, 10, 30));
  }
}
