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
 * The rules the tenth round's fresh wire leads showed missing (ground declared under a side's control, a town left so
 * as not to be surrounded; and words of war that tell none: a deal struck, an official fired, a missile test-fired
 * with a possessive), on sentences written for this test, dated against Sunday 25 October 2020.
 */
class TenthRoundRulesTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> attacks(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY, DateBasis.PUBLICATION)
        .events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void groundDeclaredUnderASidesControlIsTaken() {
    assertThat(attacks("Azerbaijan's defence ministry declared the town of Martuni fully under its control on Friday."))
        .anySatisfy(e -> assertThat(e.subtype()).isEqualTo("territory_taken"));
  }

  @Test
  void aTownLeftSoAsNotToBeSurroundedIsTakenByTheOtherSide() {
    List<Event> found = attacks("Armenia's defence ministry said on Friday that its troops had withdrawn from Martuni "
        + "to avoid being encircled by Azerbaijani forces.");
    assertThat(found).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo("territory_taken");
      assertThat(e.perpetratorSide()).isEqualTo("AZ");
    });
    // a pull-back under a truce, with no threat of encirclement, is no battle
    assertThat(attacks("Armenian troops withdrew from Martuni on Friday under the terms of the truce.")).isEmpty();
  }

  @Test
  void aDealStruckAnOfficialFiredAndAMissileTestFiredAreNoAttacks() {
    assertThat(attacks("Armenia and Azerbaijan struck a deal in Moscow on Friday on a humanitarian truce.")).isEmpty();
    assertThat(attacks("The prime minister fired Defence Minister David Tonoyan in Yerevan on Friday.")).isEmpty();
    assertThat(attacks("Azerbaijan test-fired its new long-range missile from a range near Baku on Friday.")).isEmpty();
  }
}
