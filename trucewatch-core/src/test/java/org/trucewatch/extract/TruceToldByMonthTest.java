package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A truce step told only by a month before the story's, beside a step the story tells by its day, is background
 * retold for context and stays off the log; told alone, it is what the story is about and stays. Stories written for
 * this test, published on Sunday 25 October 2020.
 */
class TruceToldByMonthTest {

  private static final String TOLD_BY_MONTH = "The two governments had signed a ceasefire in March 2019, yet the "
      + "border guards have traded fire many times since then.";

  @Test
  void aTruceOfAnEarlierMonthBesideTodaysIsBackground() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, SundayStory.WAR,
        "The two governments agreed on Saturday to a humanitarian ceasefire, their foreign ministers said.",
        TOLD_BY_MONTH)).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aTruceOfAnEarlierMonthToldAloneStays() {
    assertThat(SundayStory.truces(TOLD_BY_MONTH)).extracting(Event::date).containsExactly(LocalDate.of(2019, 3, 1));
  }
}
