package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "over the weekend", "at the weekend": a Saturday and its Sunday placed by tense, against Wednesday 14 October 2020. */
class WeekendRulesTest {

  @Test
  void aPastWeekendIsTheLastOneBeforeTheAnchor() {
    TimeMention m = mention("Gunmen torched two hamlets over the weekend, the governor's office said.",
        "over the weekend");
    assertThat(m.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 10));
    assertThat(m.rangeEnd()).isEqualTo(LocalDate.of(2020, 10, 11));
    assertThat(mention("Militia fighters were repulsed at the weekend.", "at the weekend").rangeStart())
        .isEqualTo(LocalDate.of(2020, 10, 10));
  }

  @Test
  void aComingWeekendIsTheNextOne() {
    assertThat(mention("The envoys will meet again over the weekend.", "over the weekend").rangeStart())
        .isEqualTo(LocalDate.of(2020, 10, 17));
  }
}
