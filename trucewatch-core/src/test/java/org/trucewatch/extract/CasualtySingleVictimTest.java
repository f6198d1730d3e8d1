package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A"/"an" before one victim whose noun is of no victim kind (a rank, a trade, a compound) or after an age is one
 * killed or wounded. Sentences written for this test; each shape with two phrasings.
 */
class CasualtySingleVictimTest {

  private static String figures(String sentence) {
    return SundayStory.of(EventType.CASUALTY_REPORT, sentence).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a rank or a trade of no victim kind, before "was killed/wounded"
      "An army sergeant was killed on Sunday, the ministry said.|[1/null]",
      "A police officer was seriously wounded on Sunday, officials said.|[null/1]",
      // an age before the victim
      "Relatives said a 70-year-old farmer was killed on Sunday.|[1/null]",
      "Police said a 34-year-old driver was injured on Sunday.|[null/1]"
  })
  void oneVictimOfAnyNoun(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }
}
