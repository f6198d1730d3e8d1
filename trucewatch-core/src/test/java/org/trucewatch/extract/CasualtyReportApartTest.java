package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which tolls an attack took are casualty reports of their own too: the wounded of a later incident are
 * that attack's figure only, unless they join the dead reported beside them; a toll of a strike months before the story
 * is its background. Stories written for this test, published on Sunday 25 October 2020.
 */
class CasualtyReportApartTest {

  private static List<String> reports(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList();
  }

  @Test
  void theWoundedOfALaterIncidentAreItsFigureNotAReport() {
    List<Event> events = SundayStory.events("Rockets hit Marinka on Sunday morning, killing four people, police said.",
        "Hours later a drone struck a minibus in Avdiivka, wounding three passengers, the regional governor said.");
    assertThat(events.stream().filter(e -> e.type() == EventType.CASUALTY_REPORT)
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded())).containsExactly("4/null");
    assertThat(SundayStory.at(events.stream().filter(e -> e.type() == EventType.ATTACK).toList(), "Avdiivka")
        .casualties().wounded()).isEqualTo(3);
  }

  @Test
  void theWoundedBesideTheReportedDeadStillJoinThem() {
    assertThat(reports("Shells struck the market in Marinka on Sunday, the mayor said.",
        "Six people were killed there, the mayor said. Eleven were wounded, the mayor said."))
        .containsExactly("6/11");
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
