package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A war's running toll is background, not a report of the day (round 22), in sentences written for this test: a toll
 * since a year a clause names ("since the fighting erupted in 2015"); a toll since a day of this week, or a year that
 * only dates a noun ("the deadliest since the 2006 war"), stays a report.
 */
class WarTollTest {

  private static String reports(String story) {
    return SundayStory.of(EventType.CASUALTY_REPORT, story).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "More than 9,000 people have been killed since the fighting erupted in 2015, according to monitors on Sunday.|[]",
      "The ministry said on Sunday that over 20,000 people had died since the war began in 2012.|[]",
      "Monitors said on Sunday that some 3,500 civilians have died since clashes broke out in 2016.|[]",
      // tolls of this week, and a year that dates only a noun, stay
      "Officials said on Sunday that 12 civilians had been killed since the truce took effect on Thursday.|[12/null]",
      "The strike on Nabatieh on Sunday, the deadliest since the 2006 war, killed ten people, the ministry said.|"
          + "[10/null]"
  })
  void aWarsRunningTollIsBackground(String story, String expected) {
    assertThat(reports(story)).isEqualTo(expected);
  }
}
