package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A past span that dates the telling ("Last week the rebels said they had fired", "In September the army said")
 * bounds what was told: it is not of the news's day (blind dev batches b18-b29: attacks told "last week" or "in
 * September 2019" dated by the story). Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TellingSpanDatingTest {

  @Test
  void anAttackToldLastWeekIsOfLastWeek() {
    assertThat(daysAt(attacks("Last week the rebels said they had fired a missile at an army depot near Marinka."),
        "Mar")).doesNotContain(LocalDate.of(2020, 10, 25)).isNotEmpty()
        .allMatch(d -> !d.isBefore(LocalDate.of(2020, 10, 12)) && !d.isAfter(LocalDate.of(2020, 10, 18)));
  }

  @Test
  void anAttackToldInAnEarlierMonthIsNotOfTheNewsDay() {
    assertThat(daysAt(attacks("In September the rebels said they had fired a missile at an army depot near Marinka."),
        "Mar")).doesNotContain(LocalDate.of(2020, 10, 25));
  }
}
