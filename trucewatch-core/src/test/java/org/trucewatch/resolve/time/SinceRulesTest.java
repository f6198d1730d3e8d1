package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.time.Tagging.mention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "since X": the span runs from X to the anchor, 14 October 2020. */
class SinceRulesTest {

  private static final LocalDate ANCHOR = LocalDate.of(2020, 10, 14);

  @Test
  void sinceADay() {
    TimeMention m = mention("Since September 27, at least 600 people have died.", "September 27");
    assertThat(m.since()).isTrue();
    assertThat(m.value()).isEqualTo("2020-09-27");
    assertThat(m.rangeStart()).isEqualTo(LocalDate.of(2020, 9, 27));
    assertThat(m.rangeEnd()).isEqualTo(ANCHOR);
  }

  @Test
  void sinceTheBeginningOfTheMonth() {
    TimeMention m = mention("Attacks have increased since the beginning of the month.", "the beginning of the month");
    assertThat(m.since()).isTrue();
    assertThat(m.value()).isEqualTo("2020-10");
    assertThat(m.rangeStart()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(m.rangeEnd()).isEqualTo(ANCHOR);
  }

  @Test
  void sinceAYearOrAWeekday() {
    TimeMention year = mention("Ever since 1994 the region was held by Armenian forces.", "1994");
    assertThat(year.since()).isTrue();
    assertThat(year.rangeStart()).isEqualTo(LocalDate.of(1994, 1, 1));
    assertThat(year.rangeEnd()).isEqualTo(ANCHOR);
    assertThat(mention("Nine civilians have died since Sunday.", "Sunday").rangeStart())
        .isEqualTo(LocalDate.of(2020, 10, 11));
  }

  @Test
  void withoutAnAnchorTheSpanIsUnknownButTheFlagStays() {
    TimeMention m = mention("Since September 27, hundreds have died.", "September 27", null);
    assertThat(m.since()).isTrue();
    assertThat(m.rangeStart()).isNull();
    assertThat(m.rangeEnd()).isNull();
  }

  @Test
  void otherPrepositionsAreNotSince() {
    assertThat(mention("The truce began on Sunday.", "Sunday").since()).isFalse();
    assertThat(mention("The truce began on Sunday.", "Sunday").rangeStart()).isNull();
  }
}
