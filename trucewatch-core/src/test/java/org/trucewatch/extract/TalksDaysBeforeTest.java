package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks told as "after N days of talks" ran over the days before the day told, not on it. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class TalksDaysBeforeTest {

  @Test
  void talksADayBeforeTheNewsEndedTheDayBefore() {
    List<Event> talks = SundayStory.of(EventType.TALKS, WAR, "The shelling came a day after three days of talks "
        + "between Armenia and Azerbaijan in Geneva.");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 22));
    assertThat(talks.get(0).dateEnd()).isEqualTo(LocalDate.of(2020, 10, 24));
  }

  @Test
  void talksRightBeforeADealToldKeepTheDealsDay() {
    List<Event> talks = SundayStory.of(EventType.TALKS, WAR, "Armenia and Azerbaijan will swap prisoners, the "
        + "Russian foreign ministry said on Saturday after four days of talks in Moscow.");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 24));
  }

  @Test
  void daysOfTalksReadOnlyAfterAfter() {
    assertThat(SecondaryFinder.daysOfTalks(List.of(), 0)).isNull();
  }
}
