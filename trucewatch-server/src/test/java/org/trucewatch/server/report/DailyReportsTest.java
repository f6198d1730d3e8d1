package org.trucewatch.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.incident.Incident;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;

/** The daily report's figures agree with the incident log of the sample articles. */
class DailyReportsTest {

  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Fixtures.sampleStore(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void countsMatchTheLogForEveryDayWithIncidents() {
    List<Incident> all = store.incidents(IncidentQuery.all());
    DailyReports reports = new DailyReports(store);
    for (String d : all.stream().map(Incident::date).distinct().toList()) {
      LocalDate day = LocalDate.parse(d);
      SituationReport r = reports.of(day);
      long today = all.stream().filter(i -> i.date().equals(d)).count();
      long before = all.stream().filter(i -> i.date().equals(day.minusDays(1).toString())).count();
      assertThat(r.byParty().stream().mapToInt(SituationReport.Count::today).sum()).isEqualTo((int) today);
      assertThat(r.byArea().stream().mapToInt(SituationReport.Count::today).sum()).isEqualTo((int) today);
      assertThat(r.byParty().stream().mapToInt(SituationReport.Count::previous).sum()).isEqualTo((int) before);
      assertThat(r.incidents()).hasSize((int) today);
      r.incidents().forEach(i -> assertThat(i.source()).isNotNull());
    }
  }

  @Test
  void theTruceInForceIsNamedWithItsViolations() {
    Incident linked = store.incidents(IncidentQuery.all()).stream().filter(i -> i.ceasefireId() != null)
        .findFirst().orElseThrow();
    SituationReport r = new DailyReports(store).of(LocalDate.parse(linked.date()));
    assertThat(r.truce()).isNotNull();
    assertThat(r.truce().id()).isEqualTo(linked.ceasefireId());
    assertThat(r.truce().today()).isPositive();
  }

  @Test
  void aDayWithoutIncidentsHasNone() {
    SituationReport r = new DailyReports(store).of(LocalDate.parse("1999-01-01"));
    assertThat(r.incidents()).isEmpty();
    assertThat(r.byParty()).isEmpty();
    assertThat(r.claims()).isEmpty();
  }
}
