package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.value;

import org.junit.jupiter.api.Test;

/** A month with a year counted from the anchor ("in May last year") is that month of that year (14 Oct 2020). */
class MonthOfRelativeYearTest {

  @Test
  void aMonthLastYearIsThatMonthOfThePreviousYear() {
    assertThat(value("The pact has held since it began in May last year.", "May last year")).isEqualTo("2019-05");
    assertThat(value("Fighting flared in November of last year.", "November of last year")).isEqualTo("2019-11");
  }

  @Test
  void aMonthThisOrNextYearKeepsItsYear() {
    assertThat(value("The accord was signed in March this year.", "March this year")).isEqualTo("2020-03");
    assertThat(value("Elections are due in June next year.", "June next year")).isEqualTo("2021-06");
  }
}
