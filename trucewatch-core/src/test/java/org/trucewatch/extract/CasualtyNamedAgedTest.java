package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named victim given with an age ("62-year-old Ghulam Nabi died", "Ghulam Nabi, 62, was killed") is one killed or
 * wounded; a name that is the killer, or a name with no age, counts nobody. Sentences written for this test.
 */
class CasualtyNamedAgedTest {

  private static String figures(String sentence) {
    return SundayStory.of(EventType.CASUALTY_REPORT, sentence).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the age before the name
      "In the border village, 62-year-old Ghulam Nabi died in the shelling on Sunday.|[1/null]",
      "In the next village, 19-year-old Ahmad Rasul was wounded in the shelling on Sunday.|[null/1]",
      // the age between commas after the name
      "Relatives said Ghulam Nabi, 62, was killed when a shell hit his house on Sunday.|[1/null]",
      "Medics said Leyla Hasanova, 45, was injured by shrapnel on Sunday.|[null/1]"
  })
  void aNamedVictimWithAnAgeIsOne(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no age: a name alone may be a place or a group
      "Officials said Ghulam Nabi died in hospital on Sunday.|[]",
      // the name is who killed, not who died
      "Police said 30-year-old Tariq Mehmood killed his neighbour on Sunday.|[]"
  })
  void noAgeOrNoVictimIsNoFigure(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }
}
