package org.trucewatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Extraction;

/**
 * Three ways a report's sentence is not an entry of the log as it reads: a going-on with no day of its own ("for
 * months", "repeatedly") is not dated by its story; the place in "officials in Kyiv said" is the speaker's, not the
 * attack's; and a war's profile does not claim events dated after the war ended.
 */
class OngoingAndPeriodTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static Extraction read(String day, String... paragraphs) {
    LocalDate d = LocalDate.parse(day);
    return PIPELINE.extractor().extract(Articles.of("t", day, paragraphs), d, DateBasis.PUBLICATION);
  }

  private static List<String> attacks(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.location().name() + " " + e.isoDate()).toList();
  }

  @Test
  void aGoingOnWithoutItsOwnDayStaysOffTheLogAndOneActWithItsDayIsLogged() {
    Extraction x = read("2017-06-24",
        "Separatist forces have shelled Avdiivka for months, the Ukrainian military said.",
        "Government troops have repeatedly shelled Horlivka, separatist officials said on Saturday.",
        "In recent weeks mortar fire has hit Marinka almost daily, monitors said.",
        "Separatist forces shelled Avdiivka on Friday, the Ukrainian military said.");
    assertThat(attacks(x.events())).containsExactly("Avdiivka 2017-06-23");
  }

  @Test
  void thePlaceOfWhoSaysItIsNotWhereTheAttackHappened() {
    Extraction x = read("2017-06-24",
        "Separatist forces pressed their attacks on Friday, officials in Kyiv said.",
        "According to officials in Donetsk, Ukrainian troops shelled Horlivka on Friday.");
    assertThat(attacks(x.events())).containsExactly("Horlivka 2017-06-23");
  }

  @Test
  void anEventAfterItsWarEndedIsNotFiledUnderItNorGivenItsSides() {
    // the donbas profile's period ends on 2022-02-23; the same report dated within it is the war's
    String text = "Two civilians were killed when shells hit a market in Horlivka on Friday, the city's mayor said.";
    Event during = read("2021-03-27", text).events().stream().filter(e -> e.type() == EventType.ATTACK)
        .findFirst().orElseThrow();
    Event after = read("2024-03-02", text).events().stream().filter(e -> e.type() == EventType.ATTACK)
        .findFirst().orElseThrow();
    assertThat(during.conflict()).isEqualTo("donbas");
    assertThat(after.conflict()).isNull();
    assertThat(after.perpetrator()).isNull();
  }
}
