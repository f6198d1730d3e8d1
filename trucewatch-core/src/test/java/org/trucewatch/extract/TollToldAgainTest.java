package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cas26: a toll the story tells again with the same figures (the lead's toll repeated further down, in another
 * speaker's words, or a summary's) is one casualty report, not one per mention.
 */
class TollToldAgainTest {

  private static String reports(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A missile hit a market in Kostiantynivka on Sunday, killing 17 people and wounding 32, officials said."
          + "|The mayor later gave a figure of 17 dead and 32 injured.|[17/32]",
      "Israeli strikes on Rafah killed 23 people on Sunday, the health ministry said."
          + "|Hamas said 23 Palestinians had died in the raids on the city.|[23/null]",
      "At least 40 civilians were killed on Sunday in Nyala when aircraft bombed a market, medics said."
          + "|The militia said 40 people had been killed and that rescuers were still searching the rubble."
          + "|[40/null]"
  })
  void aTollToldAgainIsOneReport(String first, String again, String reports) {
    assertThat(reports(first, again)).isEqualTo(reports);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Israeli strikes on Rafah killed 23 people on Sunday, the health ministry said."
          + "|The ministry later raised the toll to 27.|[23/null, 27/null]",
      "Two soldiers were killed by sniper fire near the front on Sunday, the army said."
          + "|Separatist officials said two civilians had died in the shelling of the city.|[2/null, 2/null]"
  })
  void anotherFigureIsAnotherReport(String first, String again, String reports) {
    assertThat(reports(first, again)).isEqualTo(reports);
  }
}
