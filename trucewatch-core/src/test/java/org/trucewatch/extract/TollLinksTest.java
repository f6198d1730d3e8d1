package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures told in the sentence after their attack, and tolls split over two sentences (round 22), in stories written
 * for this test: "killed" is a toll's verb there, not a new attack; an attack with only its dead takes the wounded
 * told next; a report of the dead and one of the wounded, one after the other in one voice, are one toll.
 */
class TollLinksTest {

  private static String attackToll(String story) {
    return SundayStory.attackToll(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Artillery shelled Marinka on Sunday, the army said. Two soldiers were killed and one was wounded.|2/1",
      "Rockets hit Sderot on Sunday. One man was killed, police said.|1/null",
      "Militants attacked a checkpoint near Arish on Sunday. Four policemen were killed.|4/null"
  })
  void aTollKilledInTheNextSentenceIsTheAttacks(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Shelling of Goris on Sunday killed one civilian. Four others were wounded, the governor said.|1/4",
      "Two soldiers were wounded when a drone hit a post near Kalbajar on Sunday. One soldier died, the ministry "
          + "said.|1/2"
  })
  void anAttackWithOneHalfTakesTheOtherToldNext(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The health ministry said on Sunday that 14 people had been killed in the fighting. Another 40 were wounded, "
          + "it said.|[14/40]",
      "Officials in the province said on Sunday that five civilians had died. Eleven more were injured.|[5/11]"
  })
  void theDeadAndTheWoundedToldOneAfterTheOtherAreOneReport(String story, String reports) {
    assertThat(SundayStory.of(EventType.CASUALTY_REPORT, story).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList().toString()).isEqualTo(reports);
  }
}
