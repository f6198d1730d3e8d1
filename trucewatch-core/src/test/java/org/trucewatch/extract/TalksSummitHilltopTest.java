package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A summit of a mountain or a hill is a hilltop, not a meeting held (lexicon: notheldafter "of mount"); a summit of
 * leaders stays talks. Sentences written for this test, published Sunday 25 October 2020.
 */
class TalksSummitHilltopTest {

  @Test
  void aPostOnTheSummitOfAMountainIsNoTalks() {
    assertThat(SundayStory.of(EventType.TALKS, "Armenian forces fired 40 rockets at an Azerbaijani radar post on the"
        + " summit of Mount Harmon on Saturday, the ministry said.")).isEmpty();
  }

  @Test
  void aSummitOfLeadersIsStillTalks() {
    assertThat(SundayStory.of(EventType.TALKS, "The Armenian and Azerbaijani leaders held a summit in Geneva on"
        + " Saturday on the ceasefire.")).isNotEmpty();
  }
}
