package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks told in a speaker's words have that speaker as their source, as a ceasefire's has; talks told in the story's
 * own voice have none. Sentences written for this test, published Sunday 25 October 2020.
 */
class TalksSourceTest {

  private static List<Event> talks(String... paragraphs) {
    return SundayStory.of(EventType.TALKS, paragraphs);
  }

  @Test
  void talksInASpeakersFrameAreClaimedByTheSpeaker() {
    List<Event> got = talks("Armenian and Azerbaijani envoys held a meeting in Geneva on Tuesday to discuss a truce, the "
        + "Russian foreign ministry said.");
    assertThat(got).hasSize(1);
    assertThat(String.join(" ", got.get(0).claimedBy()).toLowerCase()).contains("foreign ministry");
  }

  @Test
  void talksToldAfterTheSpeakerAreClaimedByTheSpeaker() {
    List<Event> got = talks("A spokesman for the monitoring mission said the Armenian and Azerbaijani foreign ministers "
        + "met in Moscow on Friday to discuss a truce.");
    assertThat(got).hasSize(1);
    assertThat(String.join(" ", got.get(0).claimedBy()).toLowerCase()).contains("spokesman");
  }

  @Test
  void talksInTheStorysOwnVoiceHaveNoSource() {
    List<Event> got = talks("Armenian and Azerbaijani envoys held a meeting in Geneva on Tuesday to discuss a truce.");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).claimedBy()).isEmpty();
  }
}
