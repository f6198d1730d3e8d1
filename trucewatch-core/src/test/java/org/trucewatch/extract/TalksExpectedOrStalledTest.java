package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks still expected, talks summed up as making no headway, and people meeting where a strike fell are no
 * round of talks held; talks held stay talks. Sentences written for this test, published Sunday 25 October 2020,
 * after a first paragraph of war news (each of the first three kinds was once read as talks).
 */
class TalksExpectedOrStalledTest {

  private static final String WAR = "Azerbaijani forces shelled Armenian positions along the front on Saturday.";

  private static List<Event> talks(String paragraph) {
    return SundayStory.of(EventType.TALKS, WAR, paragraph);
  }

  @Test
  void aMeetingStillExpectedIsNoTalks() {
    assertThat(talks("Another meeting of Armenian and Azerbaijani envoys is expected in Vienna.")).isEmpty();
    assertThat(talks("Fresh negotiations between Armenia and Azerbaijan are expected in Geneva.")).isEmpty();
  }

  @Test
  void talksThatHaveMadeNoHeadwayAreNoRound() {
    assertThat(talks("Negotiations between Armenia and Azerbaijan have made no headway in two decades.")).isEmpty();
    assertThat(talks("Armenian and Azerbaijani negotiators have made little progress on the status of the region."))
        .isEmpty();
  }

  @Test
  void peopleMeetingWhereAStrikeFellWereNoTalks() {
    assertThat(talks("A drone hit a farmhouse near Martuni on Tuesday while Armenian and Azerbaijani envoys were "
        + "meeting.")).isEmpty();
  }

  @Test
  void talksHeldStayTalks() {
    assertThat(talks("Armenian and Azerbaijani envoys held a meeting in Geneva on Tuesday to discuss a truce."))
        .hasSize(1);
  }
}
