package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * A pronoun that reports who acted stands for the side named right before "that" ("a claim by the RSF that they had
 * taken the town" is the RSF's, not the army's that rejects it), and for the speaker past a quoted verb ("the RSF
 * said it had "freed" the town"). Sentences written for this test.
 */
class PerpetratorPronounOfClaimTest {

  @Test
  void pronounAfterClaimBySideIsThatSide() {
    SundayStory.namedAttacker("RSF", "2025-03-09",
        "Sudan's army on Sunday dismissed a claim by the Rapid Support Forces that they had captured En Nahud.");
  }

  @Test
  void quotedVerbKeepsTheSpeakersPronoun() {
    SundayStory.namedAttacker("RSF", "2025-03-09",
        "The Rapid Support Forces said on Sunday that it had \"liberated\" En Nahud.");
  }
}
