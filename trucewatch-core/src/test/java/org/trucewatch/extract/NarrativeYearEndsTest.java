package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (lead28): a day and month without a year take the year a paragraph last named ("Under the accords of
 * February 2015 ... a truce took effect on Feb. 15"), until a day told from the news day ("last week", "on Monday")
 * brings the story back to the present. Paragraphs written for this test, published on Sunday 25 October 2020.
 */
class NarrativeYearEndsTest {

  @Test
  void aDayToldFromTheNewsDayEndsTheParagraphsOldYear() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Under the accords of February 2015, all prisoners were to be freed within days. Last week the mediators "
            + "agreed a holiday truce along the front, which took effect at midnight on Oct. 20."))
        .extracting(Event::date).contains(LocalDate.of(2020, 10, 20)).noneMatch(d -> d != null && d.getYear() == 2015);
  }

  @Test
  void withoutOneTheParagraphsYearHolds() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Under the accords signed in February 2015, a truce took effect along the whole front at midnight on Feb. 15."))
        .extracting(Event::date).contains(LocalDate.of(2015, 2, 15));
  }
}
