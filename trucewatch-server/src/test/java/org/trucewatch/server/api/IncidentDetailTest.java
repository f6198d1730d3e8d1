package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence spans become non-overlapping marks inside the body. */
class IncidentDetailTest {

  @Test
  void overlappingSpansMergeAndADenialWins() {
    var marks = IncidentDetail.merge(List.of(
        new IncidentDetail.Mark(50, 80, "event", "e1"),
        new IncidentDetail.Mark(0, 20, "claim", "e1"),
        new IncidentDetail.Mark(60, 90, "denial", "e2"),
        new IncidentDetail.Mark(0, 20, "event", "e1")), 100);
    assertThat(marks).containsExactly(new IncidentDetail.Mark(0, 20, "claim", "e1"),
        new IncidentDetail.Mark(50, 90, "denial", "e1"));
  }

  @Test
  void spansOutsideTheBodyOrEmptyAreDropped() {
    assertThat(IncidentDetail.merge(List.of(new IncidentDetail.Mark(90, 120, "event", "e"),
        new IncidentDetail.Mark(-1, 5, "event", "e"), new IncidentDetail.Mark(7, 7, "event", "e")), 100)).isEmpty();
  }
}
