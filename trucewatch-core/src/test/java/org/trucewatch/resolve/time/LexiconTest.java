package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Lexicon LX = Lexicon.load("english.json");

  @Test
  void numbersInDigitsAndWords() {
    assertThat(LX.number("12")).isEqualTo(12.0);
    assertThat(LX.number("1,000")).isEqualTo(1000.0);
    assertThat(LX.number("two")).isEqualTo(2.0);
    assertThat(LX.number("twenty-five")).isEqualTo(25.0);
    assertThat(LX.number("a")).isEqualTo(1.0);
    assertThat(LX.number("ten-two")).isNull();
    assertThat(LX.number("troops")).isNull();
  }

  @Test
  void monthsWeekdaysAndZones() {
    assertThat(LX.month("Sept.")).isEqualTo(9);
    assertThat(LX.month("OCTOBER")).isEqualTo(10);
    assertThat(LX.month("Octember")).isZero();
    assertThat(LX.weekday("Thurs")).isEqualTo(4);
    assertThat(LX.zoneOffset("GMT")).isEqualTo(ZoneOffset.UTC);
    assertThat(LX.cityZones()).containsEntry("moscow", ZoneId.of("Europe/Moscow"))
        .containsEntry("new york", ZoneId.of("America/New_York"));
  }

  @Test
  void monthNamesAreNeverLowerCase() {
    assertThat("may").doesNotMatch(LX.monthNamePattern());
    assertThat("May").matches(LX.monthNamePattern());
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> Lexicon.load("klingon.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("klingon.json");
  }
}
