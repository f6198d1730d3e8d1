package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "..., two local officials told us.": a pronoun right after a verb of telling is whom the speaker told, so what came
 * before the comma is the speaker's. Each paragraph has a second speaker, so that no paragraph-wide speaker stands in
 * for the sentence's own. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class PronounListenerTest {

  @Test
  void whomTheSpeakerToldIsNoPartOfWhatWasSaid() {
    Event kotli = SundayStory.at(SundayStory.attacks("Indian shells hit a school in Kotli on Saturday, two local "
        + "officials told us. Residents said the shelling went on all night."), "Kotli");
    assertThat(kotli.claimedBy()).anyMatch(c -> c.contains("local officials"));
  }
}
