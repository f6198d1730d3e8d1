package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;
import static org.trucewatch.resolve.time.Tagging.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days, weeks, months and years counted from the anchor (14 October 2020) or from the last day the text named. */
class RelativeRulesTest {

  @Test
  void daysCountedFromTheAnchor() {
    assertThat(value("Officials said yesterday that the truce held.", "yesterday")).isEqualTo("2020-10-13");
    assertThat(value("The talks resume today.", "today")).isEqualTo("2020-10-14");
    assertThat(value("The envoy arrives tomorrow.", "tomorrow")).isEqualTo("2020-10-15");
    assertThat(value("It happened the day before yesterday.", "the day before yesterday")).isEqualTo("2020-10-12");
    TimeMention tonight = mention("Talks continue tonight.", "tonight");
    assertThat(tonight.value()).isEqualTo("2020-10-14TNI");
    assertThat(tonight.partOfDay()).isEqualTo("night");
    assertThat(value("Shelling went on last night.", "last night")).isEqualTo("2020-10-13TNI");
  }

  @Test
  void relativeMonthsWeeksAndYearsCoverTheirSpan() {
    TimeMention lastMonth = mention("The war broke out last month.", "last month");
    assertThat(lastMonth.value()).isEqualTo("2020-09");
    assertThat(lastMonth.date()).isNull();
    assertThat(lastMonth.rangeStart()).isEqualTo(LocalDate.of(2020, 9, 1));
    assertThat(lastMonth.rangeEnd()).isEqualTo(LocalDate.of(2020, 9, 30));
    TimeMention thisWeek = mention("Talks were held this week.", "this week");
    assertThat(thisWeek.value()).isEqualTo("2020-W42");
    assertThat(thisWeek.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 12));
    assertThat(thisWeek.rangeEnd()).isEqualTo(LocalDate.of(2020, 10, 18));
    assertThat(value("Exports have risen this year.", "this year")).isEqualTo("2020");
    assertThat(value("Elections are due next year.", "next year")).isEqualTo("2021");
    assertThat(value("Sales fell in the last quarter.", "the last quarter")).isEqualTo("2020-Q3");
  }

  @Test
  void earlierThisMonthEndsAtTheAnchorAndLaterThisMonthStartsThere() {
    TimeMention earlier = mention("Earlier this month, the sides agreed a truce.", "Earlier this month");
    assertThat(earlier.value()).isEqualTo("2020-10");
    assertThat(earlier.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(earlier.rangeEnd()).isEqualTo(LocalDate.of(2020, 10, 14));
    TimeMention later = mention("A summit is planned later this month.", "later this month");
    assertThat(later.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 14));
    assertThat(later.rangeEnd()).isEqualTo(LocalDate.of(2020, 10, 31));
  }

  @Test
  void agoCountsBackAtTheUnitsPrecision() {
    assertThat(value("The offensive began two weeks ago.", "two weeks ago")).isEqualTo("2020-W40");
    assertThat(value("He was detained three days ago.", "three days ago")).isEqualTo("2020-10-11");
    assertThat(value("A year ago the front was quiet.", "A year ago")).isEqualTo("2019");
    assertThat(value("Decades ago the war began.", "Decades ago")).isEqualTo("PAST_REF");
  }

  @Test
  void theDayBeforeCountsFromTheLastDayNamed() {
    String text = "The attack came on Monday. The day before, shells fell on the town.";
    assertThat(value(text, "The day before")).isEqualTo("2020-10-11");
    assertThat(value("Aliyev spoke on Thursday of peacekeepers killed one day earlier.", "one day earlier"))
        .isEqualTo("2020-10-07");
    assertThat(value("Troops left. The next day, talks began.", "The next day")).isNull();
  }

  @Test
  void aDayBeforeAnEventIsADurationNotADate() {
    TimeMention m = mention("A day after a ceasefire began, shooting resumed.", "A day");
    assertThat(m.type()).isEqualTo(TimeMention.Type.DURATION);
    assertThat(m.value()).isEqualTo("P1D");
  }

  @Test
  void timemlReferences() {
    assertThat(value("The town is now under siege.", "now")).isEqualTo("PRESENT_REF");
    assertThat(value("Such attacks happened in the past.", "the past")).isEqualTo("PAST_REF");
  }
}
