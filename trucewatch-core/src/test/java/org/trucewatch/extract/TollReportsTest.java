package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which tolls an attack carries alone and which are also casualty reports of their own (round 23), in stories written
 * for this test: the few dead of an incident told after the story's first toll are the attack's figure; the story's
 * first death toll, or a large one, is a report too.
 */
class TollReportsTest {

  private static String reports(String story) {
    return SundayStory.of(EventType.CASUALTY_REPORT, story).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A missile strike on Kharkiv on Sunday killed 14 people, the governor said. Separately, shelling of Izium "
          + "killed two civilians, police said.|[14/null]",
      "Rockets hit Sderot on Sunday, killing nine people, the army said. In Ashkelon, a rocket killed one man on "
          + "Sunday, medics said.|[9/null]",
      "The health ministry said 20 people were killed in strikes on Rafah on Sunday. A drone strike on a car in Khan "
          + "Younis on Sunday killed two men, according to local officials.|[20/null]"
  })
  void theFewDeadOfALaterIncidentAreItsAttacksFigure(String story, String reports) {
    assertThat(reports(story)).isEqualTo(reports);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "An air strike on a market in Taiz killed two people on Sunday, local officials said.|[2/null]",
      "Shelling of Donetsk killed three civilians and wounded eight on Sunday, the city's mayor said.|[3/8]",
      "A drone strike on a car in Khan Younis killed two men on Sunday, medics said. Later on Sunday, Israeli "
          + "strikes on Rafah killed 11 people, the health ministry said.|[2/null, 11/null]"
  })
  void theStorysFirstDeathTollStaysAReport(String story, String reports) {
    assertThat(reports(story)).isEqualTo(reports);
  }
}
