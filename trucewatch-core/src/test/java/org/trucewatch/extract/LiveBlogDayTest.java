package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live page's timestamped entries are of the day its date line names, not of the day the page was last published,
 * and the day turns where a page that runs forward shows a clock earlier than the entry before (date23). Pages written
 * for this test, published on Sunday 25 October 2020.
 */
class LiveBlogDayTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  @Test
  void anEntryOfAPageDatedTheDayBeforePublicationIsOfThatDay() {
    List<Event> events = attacks("Rolling coverage: shelling along the southern front",
        "Saturday 24 October 2020",
        "14:10 Azerbaijani officials say Armenian artillery shelled houses in Tartar, wounding three civilians.",
        "16:45 The Armenian foreign ministry says talks in Geneva will go ahead next week.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void theDayTurnsWhereAForwardRunningPagePassesMidnight() {
    List<Event> events = attacks("Live: Karabakh front as it happened",
        "24 October 2020, updated through the night",
        "19:20 Rockets slammed into the centre of Stepanakert, local officials say.",
        "22:05 The mediators urge both sides to respect the humanitarian truce.",
        "01:40 A missile struck a block of flats in Ganja, the Azerbaijani prosecutor's office says.");
    assertThat(daysAt(events, "Stepanakert")).containsExactly(SATURDAY);
    assertThat(daysAt(events, "Ganja")).containsExactly(SUNDAY);
  }

  @Test
  void aPageWithTheNewestEntryOnTopKeepsItsDayDownToTheMorning() {
    List<Event> events = attacks("Latest updates: Martuni under fire",
        "Saturday, 24 October 2020",
        "23:10 Heavy shelling of Martuni has resumed, the Karabakh emergency service reports.",
        "20:35 The Minsk Group co-chairs call for restraint.",
        "08:15 Azerbaijan says Armenian forces fired mortars at villages in the Tartar district.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }
}
