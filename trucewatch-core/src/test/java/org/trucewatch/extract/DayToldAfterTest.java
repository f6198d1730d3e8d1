package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act told first with no day of its own and dated a sentence or two on is one act on that day, not a second one on
 * the day of the news. Stories written for this test, published on Sunday 25 October 2020.
 */
class DayToldAfterTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  @Test
  void aLeadWithNoDayTakesTheDayTheNextSentenceGives() {
    List<Event> events = attacks("An Azerbaijani rocket strike on a depot in Martuni has killed nine soldiers.",
        "The rocket hit the depot in Martuni on Friday evening, setting off fires, officials said.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aStrikeNamedByItsDayAfterTheLeadIsTheLeadsStrike() {
    List<Event> events = attacks("At least eleven people died when drones struck a wedding party near Tartar, "
        + "local officials say.", "Saturday's strike near Tartar was blamed on Armenian forces.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void twoEarlierDaysLeaveTheDaylessTellingOnTheNewsDay() {
    List<Event> events = attacks("Armenian artillery has shelled Tartar, wounding four people.",
        "Armenian artillery shelled Tartar on Friday morning, the ministry said.",
        "Armenian artillery shelled Tartar again on Saturday night, the ministry said.");
    assertThat(daysAt(events, "Tartar")).contains(SUNDAY);
  }
}
