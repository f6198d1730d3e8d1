package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Updated tolls whose subject is long (round 23), in sentences written for this test: "the number of people killed in
 * ... has risen to N", "the death toll from ... climbed to N" give N, however far the toll word stands from it.
 */
class TollRisenToTest {

  private static String figures(String story) {
    return SundayStory.events(story).stream().filter(e -> e.casualties() != null)
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).distinct().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The number of civilians killed in the shelling of residential districts of Donetsk on Sunday has risen to 14, "
          + "the city's mayor said.|[14/null]",
      "The death toll from the missile strike on the crowded railway station in Kramatorsk on Sunday climbed to 57, "
          + "regional officials said.|[57/null]",
      "According to the health ministry, the number of people wounded in the Israeli air strikes on Rafah on Sunday "
          + "rose to 120.|[null/120]"
  })
  void aTollThatRoseToANumberIsThatNumber(String story, String figures) {
    assertThat(figures(story)).isEqualTo(figures);
  }
}
