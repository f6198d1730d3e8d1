package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which tolls an attack took are casualty reports of their own too (casualty34): the wounded of a later incident are
 * that attack's figure only, unless they join the dead reported beside them; a toll of a strike months before the story
 * is its background. Stories written for this test, published on Sunday 25 October 2020.
 */
class CasualtyReportApartTest {

  private static List<String> reports(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList();
  }

  @Test
  void aTollOfAStrikeMonthsBeforeTheStoryIsBackground() {
    assertThat(reports("Talks on the truce resumed in Minsk on Sunday.",
        "An air strike on Marinka on July 12 killed nine people, the ministry said at the time.")).isEmpty();
  }

  @Test
  void aTollOfLastWeekIsStillReported() {
    assertThat(reports("Talks on the truce resumed in Minsk on Sunday.",
        "An air strike on Marinka on October 20 killed nine people, the ministry said at the time."))
        .containsExactly("9/null");
  }
}
