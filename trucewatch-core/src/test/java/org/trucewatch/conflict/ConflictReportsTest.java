package org.trucewatch.conflict;

import org.trucewatch.extract.DateBasis;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * Each shipped conflict on a short wire report written for it (on the facts of a real, sourced event: see the
 * {@code source} of each expected file): with no option set, the attack gets its place, alleged perpetrator, conflict
 * and the truce in force; an attack in a country no profile covers gets no conflict and no truce.
 */
class ConflictReportsTest {

  private static final Path DIR = Path.of("src/test/resources/org/trucewatch/conflict/reports");
  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  static Stream<String> reports() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  private static List<Event> attacks(String name) {
    ExtractRun.Result r = new ExtractRun(PIPELINE).run(List.of(DIR.resolve(name + ".txt").toString()), x -> { },
        w -> { });
    return r.articles().get(0).extraction().events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @org.junit.jupiter.api.Test
  void fireFromASidesTerritoryIsThatSidesAndEachFrontIsItsOwnConflict() {
    LocalDate day = LocalDate.of(2019, 11, 12);
    List<Event> events = PIPELINE.extractor().extract(org.trucewatch.pipeline.Articles.of("fronts", day.toString(),
        "Two rockets were fired from the Gaza Strip at the town of Sderot on Tuesday, the Israeli military said.",
        "Hezbollah fighters fired anti-tank missiles from southern Lebanon at an army post near Metula on Tuesday, "
            + "Israel's army said."), day, DateBasis.PUBLICATION).events();
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTACK)
        .extracting(e -> e.location().name() + " " + e.perpetrator() + " " + e.conflict())
        .containsExactlyInAnyOrder("Sderot Hamas israel-gaza", "Metulla Hezbollah israel-lebanon");
  }

  @org.junit.jupiter.api.Test
  void israelsStrikesInSyriaAreSyriasWhileHezbollahStaysIsraelLebanons() {
    LocalDate day = LocalDate.of(2024, 4, 1);
    List<Event> events = PIPELINE.extractor().extract(org.trucewatch.pipeline.Articles.of("three-fronts",
        day.toString(), "Israeli warplanes struck Damascus on Monday, Syria's defence ministry said.",
        "Hezbollah fighters fired anti-tank missiles from southern Lebanon at an army post near Metula on Monday, "
            + "Israel's army said.",
        "Fighters of Hayat Tahrir al-Sham attacked army positions near Saraqib on Monday, state media said."),
        day, DateBasis.PUBLICATION).events();
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTACK)
        .extracting(e -> e.location().country() + " " + e.perpetrator() + " " + e.conflict())
        .containsExactlyInAnyOrder("SY Israel syria", "IL Hezbollah israel-lebanon",
            "SY Hayat Tahrir al-Sham (Nusra Front) syria");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theAttackGetsItsPlacePerpetratorConflictAndTruce(String name) throws IOException {
    JsonNode want = new ObjectMapper().readTree(DIR.resolve(name + ".expected.json").toFile());
    List<Event> attacks = attacks(name);
    if (want.get("conflict").isNull()) {
      assertThat(attacks).isNotEmpty().allSatisfy(e -> {
        assertThat(e.conflict()).isNull();
        assertThat(PIPELINE.register().inForce(e.conflict(), e.location(), e.date(), e.time()))
            .isEmpty();
      });
      return;
    }
    Event e = attacks.stream().filter(a -> a.location() != null
        && a.location().name().equals(want.get("place").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(name + ": no attack at " + want.get("place") + " in " + attacks));
    assertThat(e.location().country()).isEqualTo(want.get("country").asText());
    assertThat(e.perpetrator()).isEqualTo(want.get("perpetrator").asText());
    assertThat(e.conflict()).isEqualTo(want.get("conflict").asText());
    assertThat(e.date()).isEqualTo(want.get("date").asText());
    String truce = PIPELINE.register().inForce(e.conflict(), e.location(), e.date(), e.time())
        .filter(l -> !l.timeUnknownOnStartDay()).map(l -> l.truce().id()).orElse(null);
    assertThat(truce).isEqualTo(want.get("ceasefire").isNull() ? null : want.get("ceasefire").asText());
  }
}
