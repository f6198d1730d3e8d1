package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A truce step told once by its day and once by a week or month, and talks told on neighbouring days, are one
 * event each. Events made up for this test.
 */
class StepsToldTwiceTest {

  private static Event step(EventType type, String subtype, int sentence, LocalDate date, LocalDate end) {
    return new Event("t", type, subtype, date, end, null, DateBasis.EXPLICIT, null, null, null, null, false, null,
        List.of(), null, List.of(), null, List.of(new Evidence(sentence, 0, 10, "sentence " + sentence)));
  }

  private static final LocalDate MARCH_3 = LocalDate.of(2021, 3, 3);

  @Test
  void aStartToldByItsWeekJoinsTheStartToldByItsDay() {
    // "the truce took effect on 3 March" ... "since the truce took hold more than a week ago"
    List<Event> out = StepsToldTwice.merge(List.of(
        step(EventType.CEASEFIRE, "start", 0, MARCH_3, null),
        step(EventType.CEASEFIRE, "start", 4, MARCH_3.plusDays(5), MARCH_3.plusDays(11))));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date()).isEqualTo(MARCH_3);
    assertThat(out.get(0).dateEnd()).isNull();
    assertThat(out.get(0).evidence()).hasSize(2);
  }

  @Test
  void anAgreeingInAMonthStaysBesideTheStartOnADay() {
    List<Event> out = StepsToldTwice.merge(List.of(
        step(EventType.CEASEFIRE, "agreed", 0, MARCH_3.withDayOfMonth(1), MARCH_3.withDayOfMonth(31)),
        step(EventType.CEASEFIRE, "start", 1, MARCH_3, null)));
    assertThat(out).hasSize(2);
  }

  @Test
  void aMonthFarFromTheDayIsAnotherTruce() {
    List<Event> out = StepsToldTwice.merge(List.of(
        step(EventType.CEASEFIRE, "start", 0, MARCH_3, null),
        step(EventType.CEASEFIRE, "start", 2, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 7, 31))));
    assertThat(out).hasSize(2);
  }

  @Test
  void talksOnTwoNeighbouringDaysAreOneRoundOverBothDays() {
    // "the two presidents met separately on Saturday ... the three-way talks on Sunday"
    List<Event> out = StepsToldTwice.merge(List.of(
        step(EventType.TALKS, "meeting", 1, MARCH_3, null),
        step(EventType.TALKS, "talks", 3, MARCH_3.minusDays(1), null)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date()).isEqualTo(MARCH_3.minusDays(1));
    assertThat(out.get(0).dateEnd()).isEqualTo(MARCH_3);
  }

  @Test
  void talksTwoDaysApartAreTwoRounds() {
    List<Event> out = StepsToldTwice.merge(List.of(
        step(EventType.TALKS, "meeting", 1, MARCH_3, null),
        step(EventType.TALKS, "talks", 3, MARCH_3.minusDays(2), null)));
    assertThat(out).hasSize(2);
  }
}
