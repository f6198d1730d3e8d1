package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;
import static org.trucewatch.resolve.time.Tagging.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Weekdays resolved by tense against Wednesday 14 October 2020. */
class WeekdayRulesTest {

  @Test
  void pastReportingTakesTheLatestSuchDayOnOrBeforeTheAnchor() {
    assertThat(value("The ministry said on Monday that two sites were hit.", "Monday")).isEqualTo("2020-10-12");
    assertThat(value("Armenia and Azerbaijan reached a ceasefire on Saturday.", "Saturday")).isEqualTo("2020-10-10");
    assertThat(value("Fighting continued Thursday, officials said.", "Thursday")).isEqualTo("2020-10-08");
  }

  @Test
  void theAnchorsOwnWeekdayIsTheAnchorDay() {
    TimeMention m = mention("The ministry said in a statement on Wednesday that it hit two sites.", "Wednesday");
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 10, 14));
    assertThat(m.type()).isEqualTo(TimeMention.Type.DATE);
  }

  @Test
  void lastWeekdayIsTheOneBeforeTheAnchor() {
    assertThat(value("Last Wednesday, troops advanced.", "Last Wednesday")).isEqualTo("2020-10-07");
    assertThat(value("The attack last Monday killed five.", "last Monday")).isEqualTo("2020-10-12");
  }

  @Test
  void futureOrPlannedContextTakesTheNextOne() {
    assertThat(value("The foreign ministers will meet on Friday in Moscow.", "Friday")).isEqualTo("2020-10-16");
    assertThat(value("Talks are due on Monday.", "Monday")).isEqualTo("2020-10-19");
    assertThat(value("The vote is scheduled for Saturday.", "Saturday")).isEqualTo("2020-10-17");
    assertThat(value("The envoy arrives next Wednesday.", "next Wednesday")).isEqualTo("2020-10-21");
  }

  @Test
  void dueToMeansBecauseOfAndLeavesThePastAlone() {
    assertThat(value("The truce fell apart on Monday due to shelling.", "Monday")).isEqualTo("2020-10-12");
  }

  @Test
  void partOfDayMakesATimeOnThatDay() {
    TimeMention m = mention("Separatists accused Azerbaijan of shelling settlements on Saturday evening.",
        "Saturday evening");
    assertThat(m.type()).isEqualTo(TimeMention.Type.TIME);
    assertThat(m.value()).isEqualTo("2020-10-10TEV");
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 10, 10));
    assertThat(m.partOfDay()).isEqualTo("evening");
    assertThat(mention("They attacked on the night of Sunday.", "the night of Sunday").partOfDay()).isEqualTo("night");
  }

  @Test
  void earlyOnADayStaysThatDay() {
    assertThat(value("Lavrov said early on Saturday that talks had ended.", "Saturday")).isEqualTo("2020-10-10");
    assertThat(value("Shelling resumed early Sunday.", "early Sunday")).isEqualTo("2020-10-11");
  }

  @Test
  void withoutAnAnchorAWeekdayStaysUnresolved() {
    TimeMention m = mention("The ministry said on Monday that two sites were hit.", "Monday", null);
    assertThat(m.value()).isNull();
    assertThat(m.date()).isNull();
  }

  @Test
  void aWeekdayWrittenWithAMonthDayChoosesTheYearThatFits() {
    TemporalAnchor january = TemporalAnchor.of(LocalDate.of(2021, 1, 5));
    assertThat(mention("On Thursday, Oct. 22, the minister spoke.", "Thursday, Oct. 22", january).date())
        .isEqualTo(LocalDate.of(2020, 10, 22));
  }

  @Test
  void aBracketedDateSaysWhichDayWasMeant() {
    TimeMention m = mention("The band played Monday night (Nov. 18) in Nashville.", "Monday night (Nov. 18)",
        TemporalAnchor.of(LocalDate.of(2019, 11, 19)));
    assertThat(m.value()).isEqualTo("2019-11-18TNI");
    assertThat(mention("The study was published today (Oct. 13) in Nature.", "today (Oct. 13)").date())
        .isEqualTo(LocalDate.of(2020, 10, 13));
  }

  @Test
  void namedDaysAreNotWeekdays() {
    assertThat(Tagging.tag("Good Friday and Bloody Sunday are names.")).isEmpty();
  }
}
