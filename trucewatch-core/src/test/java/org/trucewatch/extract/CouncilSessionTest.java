package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The UN Security Council told acting on a day of its own sat in session, talks on the war (lexicon: talksverb
 * session); named with no day it is no round held. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class CouncilSessionTest {

  @Test
  void theCouncilActingOnADayIsTalksOnThatDay() {
    List<Event> talks = SundayStory.of(EventType.TALKS, WAR, "The UN Security Council on Friday passed a text urging "
        + "Armenia and Azerbaijan to stop fighting.");
    assertThat(talks).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 23));
  }

  @Test
  void theCouncilNamedWithNoDayIsNoTalks() {
    assertThat(SundayStory.of(EventType.TALKS, WAR, "Armenia wants the UN Security Council to take up the question "
        + "of foreign fighters.")).isEmpty();
  }
}
