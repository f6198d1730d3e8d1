package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty figures of round 19: civilians listed under one casualty word are one toll ("11 women and two men died"),
 * while soldiers and civilians, or two sides' soldiers, stay apart. Sentences written for this test in the manner of
 * wire copy, varying verb, voice and order.
 */
class CasualtyNineteenTest {

  private static String figures(String sentence) {
    return SundayStory.of(EventType.CASUALTY_REPORT, sentence).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).sorted().toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Medics said 11 women and two men died when the market was hit on Sunday.|[13/null]",
      "Nine children and three women were killed on Sunday, the health office said.|[12/null]",
      "The civil defence said the blast on Sunday killed six children and four women.|[10/null]",
      "Rescuers said three boys and a girl had been wounded by the explosion on Sunday.|[null/4]",
      "A woman and a child were killed on Sunday when a shell landed in their yard, officials said.|[2/null]",
      "According to the ombudsman, a man and his two children died when a shell hit their house on Sunday.|[3/null]"
  })
  void civiliansListedUnderOneVerbAreOneToll(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // soldiers and civilians, or the soldiers of two sides, stay two figures
      "Officials said 40 soldiers and 12 civilians had been killed since the fighting began.|[12/null, 40/null]",
      "Three Armenian servicemen and two Azerbaijani soldiers were killed on Sunday, both sides said.|[2/null, 3/null]"
  })
  void differentSidesOrKindsStayApart(String sentence, String expected) {
    assertThat(figures(sentence)).isEqualTo(expected);
  }
}
