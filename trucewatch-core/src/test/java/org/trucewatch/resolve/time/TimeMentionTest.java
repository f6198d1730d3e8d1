package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMentionTest {

  private static TimeMention date(int start, int end, String text, LocalDate from, LocalDate to) {
    return new TimeMention(start, end, text, TimeMention.Type.DATE, "2020-10", null, from, to, null, null, false,
        null);
  }

  @Test
  void aConsistentMentionIsAccepted() {
    TimeMention m = date(3, 13, "last month", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30));
    assertThat(m.resolved()).isTrue();
  }

  @Test
  void inconsistentMentionsAreRejected() {
    assertThatThrownBy(() -> date(5, 5, "", null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> date(0, 4, "last month", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last month");
    assertThatThrownBy(() -> date(0, 10, "last month", LocalDate.of(2020, 9, 1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> date(0, 10, "last month", LocalDate.of(2020, 9, 30), LocalDate.of(2020, 9, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
