package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks with a modal right after them ("Talks must be held") are to come, not held; talks told as news with
 * no day of their own (a headline's) are the round the story dates a day to three before. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class TalksToComeTest {

  private static List<Event> talks(String... paragraphs) {
    return SundayStory.of(EventType.TALKS, paragraphs);
  }

  @Test
  void talksWithAModalAfterThemAreNotHeld() {
    assertThat(talks(WAR, "\"Talks must be held with Baku, but only once the shelling stops,\" the Armenian foreign "
        + "minister told reporters on Friday.")).isEmpty();
    assertThat(talks(WAR, "The negotiations would go ahead even without the Armenian delegation, the Russian envoy "
        + "said on Friday.")).isEmpty();
    assertThat(talks(WAR, "Talks between the foreign ministers of Armenia and Azerbaijan were held in Geneva on "
        + "Friday.")).isNotEmpty();
  }

  private static Event talksOn(LocalDate day, DateBasis basis, int sentence) {
    return new Event("a", EventType.TALKS, "talks", day, null, null, basis, null, null, null, null, false, null,
        List.of(), null, List.of("Armenia", "Azerbaijan"), null, List.of(new Evidence(sentence, 0, 1, "s")), null);
  }

  @Test
  void talksToldAsNewsAreTheRoundItsStoryDatesADayOrTwoBefore() {
    LocalDate friday = LocalDate.of(2020, 10, 23);
    LocalDate sunday = LocalDate.of(2020, 10, 25);
    // a headline's "hold talks in Geneva", dated by the publication, and the lead's "met in Geneva on Friday"
    assertThat(EventMerges.talksToldOnce(List.of(talksOn(sunday, DateBasis.PUBLICATION, 0),
        talksOn(friday, DateBasis.EXPLICIT, 1)))).extracting(Event::date).containsExactly(friday);
    // a round a fortnight before is another round
    assertThat(EventMerges.talksToldOnce(List.of(talksOn(sunday, DateBasis.PUBLICATION, 0),
        talksOn(friday.minusDays(12), DateBasis.EXPLICIT, 1)))).hasSize(2);
  }
}
