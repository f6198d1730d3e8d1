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
 * Raids told by the places they fell on, with no verb of carrying them out (miss31: the rule {@code raids_on_place} of
 * attacks.rules): each place listed after "raids on" gets its air strike; police raids and raids named as what came
 * before or after something get none ("the raid" told back: CalmNewsFifteenTest). Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class RaidsOnPlacesTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> attacks(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY,
        DateBasis.PUBLICATION).events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  private static void attackAt(String sentence, String place) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> {
          assertThat(e.location().name()).as(sentence).contains(place);
          assertThat(e.subtype()).as(sentence).isEqualTo("air_drone_strike");
        });
  }

  @Test
  void eachPlaceListedAfterRaidsOnHasItsAttack() {
    String sentence = "The alliance replied on Sunday with a string of night raids on Taiz, the southern city of Aden"
        + " and the rebel bastion of Saada, the news agency said.";
    attackAt(sentence, "Taiz");
    attackAt(sentence, "Aden");
    attackAt(sentence, "Saada");
  }

  @Test
  void raidsDatedBeforeOnPositionsNearAPlaceAreAnAttack() {
    attackAt("A monitoring group reported another round of raids late on Sunday on positions near the city of Ibb.",
        "Ibb");
  }

  @Test
  void policeRaidsAndRaidsNamedAsWhatCameBeforeAreNoAttack() {
    assertThat(attacks("Police raids on Aden on Sunday netted three suspected smugglers.")).isEmpty();
    assertThat(attacks("Such threats have often come just before raids on Sanaa, analysts noted.")).isEmpty();
  }
}
