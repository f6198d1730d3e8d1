package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Talks a deed was timed to coincide with were held, though "to" stands among the words before them
 * ("staged to coincide with a meeting"); talks still wished for stay unheld. Paragraphs written for this test,
 * published on Sunday 25 October 2020.
 */
class TalksTiedToADeedTest {

  @Test
  void aMeetingADeedWasTimedToCoincideWithWasHeld() {
    assertThat(SundayStory.of(EventType.TALKS,
        "Officials in Baku said the sniper fire was staged to coincide with a meeting in Geneva between the Armenian "
            + "and Azerbaijani foreign ministers on Saturday."))
        .isNotEmpty();
  }

  @Test
  void talksOnlyHopedForStayUnheld() {
    assertThat(SundayStory.of(EventType.TALKS,
        "Officials in Baku said they hoped to hold a meeting in Geneva with the Armenian foreign minister."))
        .isEmpty();
  }
}
