package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A truce told in a "since" or "after" clause takes no day from the main clause past the comma that closes it.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TruceSinceClauseTest {

  @Test
  void aDayPastTheCommaOfASinceClauseIsNotTheTrucesEnd() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, WAR, "Since the truce expired, Azerbaijani forces have taken "
        + "several villages, among them Hadrut, which fell on 9 October.")).isEmpty();
  }

  @Test
  void aDayInsideTheClauseIsStillItsOwn() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, WAR, "Since the truce expired on 9 October, Azerbaijani forces "
        + "have taken several villages.")).extracting(Event::date).contains(LocalDate.of(2020, 10, 9));
  }
}
