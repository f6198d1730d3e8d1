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

/**
 * "Strikes were reported in X": a passive report verb with no speaker leaves the place after it in the clause of the
 * attack before it; a named speaker still keeps its own words apart. Sentences written for this test.
 */
class PassiveReportClauseTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<String> placesOfAttacks(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY, DateBasis.PUBLICATION)
        .events().stream().filter(e -> e.type() == EventType.ATTACK && e.location() != null)
        .map(e -> e.location().name()).toList();
  }

  @Test
  void aPlaceAfterAPassiveReportVerbIsWhereTheAttackHappened() {
    assertThat(placesOfAttacks("On Friday heavy shelling was reported in Goris, and the town's school was damaged."))
        .contains("Goris");
    assertThat(placesOfAttacks("Drone strikes were also reported near Goris on Friday."))
        .contains("Goris");
  }
}
