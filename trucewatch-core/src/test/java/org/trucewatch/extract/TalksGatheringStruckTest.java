package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting that a strike hit, or where people were killed, is a gathering, the scene of an attack, not talks
 * between the sides; one side's own sitting ("his party faction meeting") is none either. Sentences written for this
 * test, published Sunday 25 October 2020.
 */
class TalksGatheringStruckTest {

  private static List<Event> talks(String... paragraphs) {
    return SundayStory.of(EventType.TALKS, paragraphs);
  }

  @Test
  void aMeetingAStrikeWasAimedAtIsNoTalks() {
    assertThat(talks("An Azerbaijani drone strike on Tuesday targeted a meeting of Armenian field commanders near Martuni."))
        .isEmpty();
    assertThat(talks("Armenian officials said the missile hit a meeting of Azerbaijani officers in the village on Monday."))
        .isEmpty();
    assertThat(talks("The Azerbaijani raid on Friday was aimed at a meeting of senior Armenian officers in a farmhouse.")).isEmpty();
  }

  @Test
  void peopleKilledWhileMeetingWereNoTalks() {
    assertThat(talks("Three Armenian aides who were meeting the commander at the time were also among the dead on Thursday."))
        .isEmpty();
    assertThat(talks("The mayor of Stepanakert was chairing a meeting of relief volunteers on Wednesday when "
        + "Azerbaijani shells hit the building.")).isEmpty();
  }

  @Test
  void aSidesOwnSittingIsNoTalks() {
    assertThat(talks("Speaking at his party faction meeting on Monday, the Armenian defence minister said the army was ready."))
        .isEmpty();
  }

  @Test
  void talksBetweenTheSidesStayTalks() {
    assertThat(talks("Armenian and Azerbaijani envoys held a meeting in Geneva on Tuesday to discuss a truce."))
        .hasSize(1);
    assertThat(talks("Azerbaijan and Armenia met in Moscow on Friday for a meeting on ending the shelling of towns."))
        .hasSize(1);
    assertThat(talks("The Armenian and Azerbaijani foreign ministers met in Moscow on Friday as fighting raged."))
        .hasSize(1);
  }
}
