package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;
import static org.trucewatch.resolve.time.Tagging.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in words and digits, and the year of a month-day written without one, against 14 October 2020. */
class MonthDayRulesTest {

  @Test
  void monthDayWithoutYearInPastContextIsTheLatestOnOrBeforeTheAnchor() {
    assertThat(value("The fighting, which broke out on Sept. 27, has gone on.", "Sept. 27")).isEqualTo("2020-09-27");
    assertThat(value("Shelling was reported on 20 September.", "20 September")).isEqualTo("2020-09-20");
    assertThat(value("He was born on October 20.", "October 20")).isEqualTo("2019-10-20");
  }

  @Test
  void withoutATenseCueNewsMeansThePast() {
    assertThat(value("Clashes on March 8.", "March 8")).isEqualTo("2020-03-08");
  }

  @Test
  void presentContextTakesTheNearest() {
    assertThat(value("The deadline is March 8.", "March 8")).isEqualTo("2021-03-08");
  }

  @Test
  void aDayAfterTheAnchorIsToleratedForTimeZones() {
    assertThat(value("Fighting resumed on October 15.", "October 15")).isEqualTo("2020-10-15");
  }

  @Test
  void aPlanAPastClauseReportsDaysAheadIsThisYears() {
    assertThat(value("The sides agreed to a truce starting on October 16.", "October 16"))
        .isEqualTo("2020-10-16");
    assertThat(value("Talks were set for 17 October.", "17 October")).isEqualTo("2020-10-17");
  }

  @Test
  void futureContextLooksUpToSixMonthsAhead() {
    assertThat(value("The truce will take effect on Oct. 20.", "Oct. 20")).isEqualTo("2020-10-20");
    assertThat(value("A meeting is planned for January 15.", "January 15")).isEqualTo("2021-01-15");
    assertThat(value("The leaders will meet on September 1.", "September 1")).isEqualTo("2020-09-01");
  }

  @Test
  void withoutAnchorTheYearStaysOpen() {
    TimeMention m = mention("The war broke out on September 27.", "September 27", null);
    assertThat(m.value()).isEqualTo("XXXX-09-27");
    assertThat(m.date()).isNull();
  }

  @Test
  void twoDaysOfOneNightBeforeAYearTakeThatYear() {
    assertThat(value("Talks were held on March 3-4, 2018 in the capital.", "March 3-4, 2018")).isEqualTo("2018-03-03");
    assertThat(value("Fire was heard on Aug. 9–10, 2019 near the town.", "Aug. 9–10, 2019"))
        .isEqualTo("2019-08-09");
    assertThat(value("Fire was heard on Aug. 9-10 near the town.", "Aug. 9")).isEqualTo("2020-08-09");
  }

  @Test
  void fullDatesInWordsAndDigits() {
    assertThat(value("The photo was taken on October 4, 2020.", "October 4, 2020")).isEqualTo("2020-10-04");
    assertThat(value("Publish Date: 14 October 2020 - 22:05", "14 October 2020")).isEqualTo("2020-10-14");
    assertThat(value("Thursday 22 October 2020", "Thursday 22 October 2020")).isEqualTo("2020-10-22");
    assertThat(value("the 10th of October 2020", "the 10th of October 2020")).isEqualTo("2020-10-10");
    assertThat(value("Filed 2020-10-10 by the desk.", "2020-10-10")).isEqualTo("2020-10-10");
    assertThat(value("The decree of 10.10.2020 stands.", "10.10.2020")).isEqualTo("2020-10-10");
    assertThat(value("The form dated 10/25/2020 was signed.", "10/25/2020")).isEqualTo("2020-10-25");
    assertThat(mention("The war of May 2016 lasted four days.", "May 2016").rangeEnd())
        .isEqualTo(LocalDate.of(2016, 5, 31));
  }

  @Test
  void ambiguousSlashDatesAndImpossibleDaysAreNotDates() {
    assertThat(Tagging.tag("Signed 04/05/2020.")).isEmpty();
    assertThat(Tagging.tag("It happened on February 30.")).noneMatch(m -> m.text().contains("February 30"));
  }

  @Test
  void yearsDecadesAndCenturies() {
    TimeMention y = mention("The region has been under Armenian control since the end of a war in 1994.", "1994");
    assertThat(y.value()).isEqualTo("1994");
    assertThat(y.rangeStart()).isEqualTo(LocalDate.of(1994, 1, 1));
    assertThat(y.rangeEnd()).isEqualTo(LocalDate.of(1994, 12, 31));
    assertThat(value("War raged in the early 1990s.", "the early 1990s")).isEqualTo("199");
    assertThat(value("It was the bloodiest war of the 20th century.", "the 20th century")).isEqualTo("19");
    assertThat(value("The 1957-58 season.", "58")).isEqualTo("1958");
    assertThat(value("Car numbers will hit 400 million by 2030.", "2030")).isEqualTo("2030");
  }

  @Test
  void monthsAloneNeedATemporalWordAndTakeTheirYearByTense() {
    assertThat(value("In October, clashes erupted.", "October")).isEqualTo("2020-10");
    assertThat(value("Talks will resume in January.", "January")).isEqualTo("2021-01");
    assertThat(value("Troops withdrew in early December.", "early December")).isEqualTo("2019-12");
    assertThat(value("A former officer died last June.", "last June")).isEqualTo("2020-06");
    assertThat(value("The army advanced in mid-October.", "mid-October")).isEqualTo("2020-10");
    assertThat(Tagging.tag("Theresa May said he may march on.")).isEmpty();
  }

  @Test
  void seasons() {
    assertThat(value("Fighting flared last summer.", "last summer")).isEqualTo("2020-SU");
    assertThat(value("The summer of 2019 was quiet.", "The summer of 2019")).isEqualTo("2019-SU");
    assertThat(Tagging.tag("The fall of the region and the Arab Spring.")).isEmpty();
  }
}
