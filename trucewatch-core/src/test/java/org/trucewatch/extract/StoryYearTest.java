package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A month without a year takes the story's year, not the one an earlier clause named, where that
 * year would put it before the day that named it, or where the year only named an event ("the 2016 war"); a truce
 * "in force since" a day took effect that day; a truce "restored" is agreed. Paragraphs written for this test,
 * published on Sunday 25 October 2020.
 */
class StoryYearTest {

  @Test
  void aMonthToldAfterAnOldDayIsNotTheMonthBeforeIt() {
    // the August truce, told by its month beside a dated one, is background kept off the log: read it there too
    assertThat(SundayStory.withUndated(EventType.CEASEFIRE,
        "A year ago the mediators agreed a lasting truce from 22 December 2019, and in late August they announced a "
            + "harvest truce along the whole front."))
        .extracting(Event::date).contains(LocalDate.of(2020, 8, 1), LocalDate.of(2019, 12, 22))
        .doesNotContain(LocalDate.of(2019, 8, 1));
  }

  @Test
  void aYearThatNamesAWarSetsNoNarrativeYear() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The fighting was the heaviest since the 2016 war. Dozens of soldiers died in mid-September before a truce "
            + "took hold."))
        .extracting(Event::date).contains(LocalDate.of(2020, 9, 1)).noneMatch(d -> d != null && d.getYear() == 2016);
  }

  @Test
  void aMonthAfterTheNamedOneKeepsTheParagraphsYear() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Talks opened in Geneva in March 2017. The two sides agreed a ceasefire on June 1."))
        .extracting(Event::date).contains(LocalDate.of(2017, 6, 1));
  }

  @Test
  void aTruceInForceSinceADayStartedThatDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "The truce between the two armies has been in force since 3 September, but shelling went on near the pass, "
            + "and the troops stayed at posts they were due to leave by 12 October."))
        .extracting(Event::date).contains(LocalDate.of(2020, 9, 3)).doesNotContain(LocalDate.of(2020, 10, 12));
  }

  @Test
  void mediatorsWhoRestoredATruceAgreedIt() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Late on Saturday, rebel spokesmen said that mediators from three countries had restored a ceasefire along "
            + "the river."))
        .extracting(Event::subtype).contains("agreed");
  }
}
