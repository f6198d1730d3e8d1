package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live page's entry whose clock comes after an update label ("Updated 14:10 ...", "Posted at 9.40am: ...") is an
 * entry of the day the page's date line names, as one that opens with the bare clock is (live24b). Pages written for
 * this test, published on Sunday 25 October 2020.
 */
class LabelledStampEntryTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void anUpdatedClockEntryIsOfThePageDay() {
    List<Event> events = attacks("Rolling coverage: shelling along the southern front",
        "Saturday 24 October 2020",
        "Updated 14:10 Azerbaijani officials say Armenian artillery shelled houses in Tartar, wounding three civilians.",
        "Updated 16:45 The Armenian foreign ministry says talks in Geneva will go ahead next week.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void aPostedAtMorningClockEntryIsOfThePageDay() {
    List<Event> events = attacks("Live: Karabakh front",
        "Saturday, 24 October 2020",
        "Posted at 9.40am: Rockets slammed into the centre of Stepanakert, local officials say.",
        "Posted at 11.15am: The mediators urge both sides to respect the humanitarian truce.");
    assertThat(daysAt(events, "Stepanakert")).containsExactly(SATURDAY);
  }

  @Test
  void aLastUpdatedClockWithZoneEntryIsOfThePageDay() {
    List<Event> events = attacks("Latest updates: Martuni under fire",
        "24 October 2020, updated through the night",
        "Last updated 20:35 GMT - Heavy shelling of Martuni has resumed, the Karabakh emergency service reports.",
        "Last updated 21:10 GMT - The Minsk Group co-chairs call for restraint.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void anAfternoonClockWrittenWithPmDoesNotTurnTheDay() {
    List<Event> events = attacks("Live: Karabakh front",
        "Saturday 24 October 2020",
        "10.05am The mediators urge both sides to respect the humanitarian truce.",
        "11.30am Residents of Stepanakert queue for bread during a lull.",
        "1.15pm Azerbaijan says Armenian forces fired mortars at villages in the Tartar district.");
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }
}
