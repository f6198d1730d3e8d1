package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/** A truce told without its noun ("agreed to stop shooting"), on sentences written for this test. */
class TruceWordingTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> truces(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY, DateBasis.PUBLICATION)
        .events().stream().filter(e -> e.type() == EventType.CEASEFIRE).toList();
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
