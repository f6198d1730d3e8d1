package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A truce word qualified and then negated ("without any announced agreement", "no formal ceasefire") says there is
 * none: no ceasefire event. Sentences written for this test.
 */
class TruceNoneQualifiedTest {

  @Test
  void talksThatEndWithoutAnyAnnouncedAgreementAgreeNoTruce() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "AU envoy ends Nairobi week with Sudan's rivals - 'a useful start', but no deal on truce",
        "NAIROBI, October 25 - Five days of indirect talks that the African Union held with envoys of Sudan's army "
            + "and the Rapid Support Forces ended in Nairobi on Saturday without any announced agreement, although "
            + "the envoy who chaired them called them a useful start."))
        .isEmpty();
  }

  @Test
  void aTruceAgreedOnTheDayIsStillOne() {
    assertThat(SundayStory.of(EventType.CEASEFIRE,
        "Sudan's army and the Rapid Support Forces agreed on Saturday to a formal ceasefire in Khartoum, the "
            + "mediators said."))
        .isNotEmpty();
  }
}
