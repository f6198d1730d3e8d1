package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A truce told without its noun ("agreed to stop shooting"), on sentences written for this test. */
class TruceWordingTest {

  private static List<Event> truces(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.CEASEFIRE).toList();
  }

  @Test
  void commandersWhoAgreeToStopShootingAgreeATruce() {
    assertThat(truces("Armenian and Azerbaijani commanders agreed on Saturday to stop shooting from midnight."))
        .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 24)));
  }

  @Test
  void anAppealToStopFiringIsNoTruce() {
    assertThat(truces("The United Nations on Saturday urged both sides to stop firing at towns.")).isEmpty();
  }
}
