package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalAnchorTest {

  @Test
  void parsesTheFormsOfPublicationDates() {
    assertThat(TemporalAnchor.parse("2020-10-14")).isEqualTo(TemporalAnchor.of(LocalDate.of(2020, 10, 14)));
    assertThat(TemporalAnchor.parse("2020-10-14T22:05"))
        .isEqualTo(new TemporalAnchor(LocalDate.of(2020, 10, 14), LocalTime.of(22, 5), null));
    assertThat(TemporalAnchor.parse("2020-10-25T11:56-04:00"))
        .isEqualTo(new TemporalAnchor(LocalDate.of(2020, 10, 25), LocalTime.of(11, 56), ZoneOffset.ofHours(-4)));
    assertThat(TemporalAnchor.parse("2013-03-22T10:00:00Z").zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void badValuesAreNamedInTheMessage() {
    assertThatThrownBy(() -> TemporalAnchor.parse("14 October 2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'14 October 2020'");
    assertThatThrownBy(() -> TemporalAnchor.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TemporalAnchor(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date");
  }
}
