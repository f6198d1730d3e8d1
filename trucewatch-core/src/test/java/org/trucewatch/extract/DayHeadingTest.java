package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live page or a dated report split into sections by day headings ("Friday 23 October 2020", "24 October",
 * "Saturday, October 24 - evening"): the entries under a heading are of its day, up to the next heading, not of the
 * day the page was published (live26b). Pages written for this test, published on Sunday 25 October 2020.
 */
class DayHeadingTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> attacks(String... lines) {
    return SundayStory.pageAttacks(String.join("\n\n", lines));
  }

  @Test
  void entriesUnderAnEarlierDaysHeadingAreOfThatDay() {
    List<Event> events = attacks("Karabakh fighting: what we know so far",
        "Friday 23 October 2020",
        "Officials in Stepanakert said Azerbaijani rockets had struck two residential streets, wounding four people.",
        "The foreign ministers of both countries are due in Washington for separate meetings.",
        "Saturday 24 October 2020",
        "Azerbaijan's defence ministry said Armenian artillery had pounded villages in the Tartar district.",
        "Sunday 25 October 2020",
        "Mediators said a new humanitarian truce would be announced within hours.");
    assertThat(daysAt(events, "Stepanakert")).containsExactly(FRIDAY);
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void aPageWithItsNewestDayOnTopDatesEachSectionByItsHeading() {
    List<Event> events = attacks("Live updates: strikes across the south",
        "Sunday 25 October",
        "The Red Cross called for safe passage for the wounded.",
        "24 October",
        "A drone hit a car near Martuni, killing two men, the Karabakh emergency service reported.",
        "23 October",
        "Shells fell on the outskirts of Ganja overnight, according to the Azerbaijani prosecutor's office.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
    assertThat(daysAt(events, "Ganja")).containsExactly(FRIDAY);
  }

  @Test
  void aHeadingWithAShortLabelStillGivesItsDay() {
    List<Event> events = attacks("Front line diary",
        "Saturday, October 24 - evening",
        "Two civilians were killed when mortar rounds landed in Tartar, officials in Baku said.",
        "Sunday, October 25 - morning",
        "The Armenian government said it remained committed to the truce.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void aPageLabelBeforeTheDateIsAHeadingToo() {
    List<Event> events = attacks("Front line as it happened",
        "Karabakh live | Sunday, 25 October 2020",
        "The Armenian government said it remained committed to the truce.",
        "Saturday, 24 October",
        "Azerbaijani artillery shelled Martuni in the afternoon, the Karabakh emergency service said.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }
}
