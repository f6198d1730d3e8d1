package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side's own meetings and a meeting with no side of the war at it are no talks; each beside a sentence that still
 * tells talks. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TalksPrecisionTest {

  private static List<Event> talks(String... paragraphs) {
    return SundayStory.of(EventType.TALKS, paragraphs);
  }

  @Test
  void aGovernmentsOwnMeetingIsNoTalks() {
    assertThat(talks(WAR, "Armenian Prime Minister Nikol Pashinyan told a government meeting on Saturday that the army "
        + "was holding its lines.")).isEmpty();
    assertThat(talks(WAR, "Azerbaijani Defence Minister Zakir Hasanov spoke at a meeting of ministry officials in Baku "
        + "on Saturday.")).isEmpty();
    assertThat(talks(WAR, "The foreign ministers of Armenia and Azerbaijan held a meeting in Geneva on Saturday."))
        .isNotEmpty();
  }

  @Test
  void membersOfAGroupMeetingAreNoTalks() {
    assertThat(talks(WAR, "The Armenian commander was meeting three other members of his unit in a house near "
        + "Stepanakert on Saturday when a drone struck it.")).isEmpty();
  }

  @Test
  void aMeetingWithNoSideOfTheWarIsNoTalks() {
    assertThat(talks(WAR, "The presidents of France and the United States held a meeting in Paris on Saturday."))
        .isEmpty();
  }

  @Test
  void aRoundDatedWeeksBeforeTheStoryIsBackground() {
    assertThat(talks(WAR, "A first truce, agreed in Moscow on October 3 after talks between Armenia and Azerbaijan "
        + "mediated by Russia, never took hold.")).isEmpty();
    assertThat(talks(WAR, "Talks between Armenia and Azerbaijan mediated by Russia opened in Moscow on Friday."))
        .isNotEmpty();
  }
}
