package org.trucewatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The register dates an undated article only by a day a truce noun governs. */
class AnchorRegisterTest {

  private static boolean governed(String text, String day) {
    int at = text.indexOf(day);
    return AnchorEstimator.governedByTruce(text, at, at + day.length());
  }

  @Test
  void aTruceNounMustGovernTheDay() {
    assertThat(governed("The ceasefire that took effect on 20 September held overnight.", "20 September")).isTrue();
    assertThat(governed("A truce from 10 October was agreed in Moscow.", "10 October")).isTrue();
    // a casualty date beside a truce mentioned in another sentence is no truce's day
    assertThat(governed("The ceasefire held. Two peacekeepers died on 20 September near the town.", "20 September"))
        .isFalse();
    assertThat(governed("Officials said the soldiers died on 20 September.", "20 September")).isFalse();
  }
}
