package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One victim whose name stands between commas before the verb ("a sergeant, NAME, was killed"), or whose
 * noun takes a short "of" phrase ("a member of the village guard was wounded"), is one killed or wounded. Sentences
 * written for this test.
 */
class NamedVictimTollTest {

  private static String figures(String sentence) {
    return SundayStory.of(EventType.CASUALTY_REPORT, sentence).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a rank of no victim kind, then the name
      "The ministry said a sergeant, Tural Hasanov, was killed on Sunday.|[1/null]",
      "Officials said a nurse, Maria Bondar, 41, was wounded on Sunday.|[null/1]",
      // a victim noun, then the name
      "The army said a soldier, Petro Kravets, was killed on Sunday.|[1/null]",
      // a noun with an "of" phrase
      "Police said a member of the village guard was wounded on Sunday.|[null/1]",
      "The ministry said a member of the security forces was killed on Sunday.|[1/null]"
  })
  void oneNamedVictim(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no casualty verb after the name: no figure
      "The ministry said a spokesman, Anar Aliyev, was present on Sunday.|[]",
      "Officials said a convoy of the army was stopped on Sunday.|[]"
  })
  void noFigure(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }
}
