package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A monitors' daily report whose first line tells the close of its reporting period ("information received as of
 * 19:30, 24 October") dates its undated findings by that day, not by the next day it was published (date29b).
 * Reports written for this test, published on Sunday 25 October 2020.
 */
class ReportPeriodDayTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void aSummaryBulletOfAReportClosedTheEveningBeforeIsOfThatDay() {
    List<Event> events = attacks(
        "Update from the monitoring mission, based on information received as of 19:30, 24 October 2020",
        "This update is for the press and the public.",
        "- Compared with the previous period, the monitors recorded more ceasefire violations in the north.",
        "- The monitors saw fresh damage from shelling to two houses in Martuni.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }
}
