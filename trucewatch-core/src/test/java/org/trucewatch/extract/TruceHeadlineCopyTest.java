package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A headline's truce step that the body tells with a day of its own, a day or three apart (round 22): the headline
 * sums up the body's step ("Truce lapses" over "expired at 7 p.m. on Friday"), it is no second one. Stories written
 * for this test, published on Sunday 25 October 2020.
 */
class TruceHeadlineCopyTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);

  @Test
  void aTruceThatLapsedInTheHeadlineIsTheBodysEnd() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Two-month truce has lapsed without a new deal",
        "The two-month truce expired at 7 p.m. on 23 October after the rebels rejected the envoy's last offer."))
        .extracting(Event::subtype, Event::date).containsExactly(org.assertj.core.groups.Tuple.tuple("ended", FRIDAY));
  }

  @Test
  void aTruceAgreedInTheHeadlineIsTheBodysAgreement() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Army and rebels have agreed a humanitarian truce, mediators say",
        "The two armies agreed on 23 October to a humanitarian ceasefire, the mediators said in a statement."))
        .extracting(Event::subtype, Event::date).containsExactly(org.assertj.core.groups.Tuple.tuple("agreed", FRIDAY));
  }

  @Test
  void aTruceThatCollapsedInTheHeadlineIsTheBodysCollapse() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Ceasefire has collapsed as shelling resumes",
        "The ceasefire collapsed on 23 October when artillery fire resumed along the whole front, the monitors said."))
        .extracting(Event::date).containsExactly(FRIDAY);
  }
}
