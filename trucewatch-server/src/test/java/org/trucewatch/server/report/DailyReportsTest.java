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

  @Test
  void theReportOf25OctoberHasEverySection() throws Exception {
    SituationReport r = new DailyReports(store).of(LocalDate.parse("2020-10-25"), "karabakh");
    assertThat(r.window().from()).isEqualTo("2020-10-25T00:00Z");
    assertThat(r.window().to()).isEqualTo("2020-10-26T00:00Z");
    assertThat(r.window().timeZone()).isEqualTo("UTC");
    assertThat(r.bySubtype()).extracting(SituationReport.Count::name).contains("shelling");
    assertThat(r.bySubtype().stream().mapToInt(SituationReport.Count::today).sum()).isEqualTo(r.incidents().size());
    assertThat(r.truces()).extracting(SituationReport.TruceLine::id).contains("humanitarian-2020-10-18");
    r.incidents().forEach(i -> assertThat(i.source().dateBasis()).isNotNull());
    String md = ReportWriter.write(r, ReportWriter.Format.MD);
    assertThat(md).contains("Reporting period: 2020-10-25 00:00 to 2020-10-26 00:00, time zone UTC; compared with "
        + "2020-10-24 00:00 to 2020-10-25 00:00.").contains("## By type of attack")
        .contains("## Field observations").contains("## Ceasefires in force").contains("Source: ")
        .contains("## Civilian harm and damage");
    // the line of contact's sentence tells of shelled civilian settlements; two claimants give civilian deaths
    assertThat(r.civilianHarm()).anySatisfy(h -> assertThat(h.words()).contains("civilian settlements"));
    assertThat(md.substring(md.indexOf("## Civilian harm and damage"), md.indexOf("## Field observations")))
        .contains("65 killed, 300 wounded (civilians)").contains("37 killed (civilians)")
        .contains("(civilian settlements)");
    // the JSON the API serves is snake_case
    var json = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(LocalDate.class,
            com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .writeValueAsString(r);
    assertThat(json).contains("\"by_party\"", "\"by_subtype\"", "\"independent_sources\"", "\"date_basis\"",
        "\"time_zone\"").doesNotContain("\"byParty\"", "\"independentSources\"");
  }

  @Test
  void copiesOfOneStoryAreOneCasualtyLineAndOneClaim() {
    SituationReport r = new DailyReports(store).of(LocalDate.parse("2020-10-14"));
    List<SituationReport.CasualtyLine> nine = r.casualties().stream()
        .filter(c -> Integer.valueOf(9).equals(c.killed())).toList();
    assertThat(nine).hasSize(1);
    assertThat(nine.get(0).alsoIn()).hasSize(1);
    assertThat(nine.get(0).source().article()).isNotEqualTo(nine.get(0).alsoIn().get(0).article());
    // two copies, one claim each: one line naming the other copy
    assertThat(r.claims()).allSatisfy(c -> assertThat(c.alsoIn()).hasSize(1));
    assertThat(r.claims().stream().map(c -> c.source().text()).distinct().count()).isEqualTo(r.claims().size());
  }

  @Test
  void fieldObservationsOfTheDayHaveTheirOwnSection() {
    store.inTransaction(tx -> {
      tx.putFieldReport(new org.trucewatch.incident.FieldReport("obs-test-1", "patrol 4", "2020-10-25T09:40+04:00",
          null, "shelling", "north-east", null, "Six impacts heard."));
      return null;
    });
    SituationReport r = new DailyReports(store).of(LocalDate.parse("2020-10-25"));
    assertThat(r.observations()).extracting(SituationReport.ObservationLine::id).contains("obs-test-1");
    // in UTC, the report's default zone
    assertThat(ReportWriter.write(r, ReportWriter.Format.MD)).contains("2020-10-25 05:40 UTC: shelling, "
        + "direction north-east (observed by patrol 4). Six impacts heard.");
  }

  @Test
  void theWindowIsTheZonesDayAndEveryTimeIsConvertedIntoIt() {
    // 02:30 in Baku on the 26th is 22:30 UTC on the 25th: in the UTC report of the 25th, in Baku's of the 26th
    store.inTransaction(tx -> {
      tx.putFieldReport(new org.trucewatch.incident.FieldReport("obs-late", "patrol 7", "2020-10-26T02:30+04:00",
          null, "explosion", null, null, "One blast."));
      return null;
    });
    LocalDate day = LocalDate.parse("2020-10-25");
    SituationReport utc = new DailyReports(store).of(day, "karabakh");
    SituationReport baku = new DailyReports(store, ReportZone.of("Asia/Baku")).of(day, "karabakh");
    SituationReport next = new DailyReports(store, ReportZone.of("Asia/Baku")).of(day.plusDays(1), "karabakh");
    assertThat(utc.observations()).extracting(SituationReport.ObservationLine::id).contains("obs-late");
    assertThat(utc.observations().stream().filter(o -> o.id().equals("obs-late")).findFirst().orElseThrow().time())
        .isEqualTo("2020-10-25T22:30Z");
    assertThat(baku.observations()).extracting(SituationReport.ObservationLine::id).doesNotContain("obs-late");
    assertThat(next.observations()).extracting(SituationReport.ObservationLine::id).contains("obs-late");
    assertThat(baku.window().from()).isEqualTo("2020-10-25T00:00+04:00");
    // publication times and a truce's start, converted: the sample was published 11:56 at -04:00
    String md = ReportWriter.write(utc, ReportWriter.Format.MD);
    assertThat(md).contains("published 2020-10-25 15:56 UTC").doesNotContain("-04:00")
        .contains("(since 2020-10-17 20:00 UTC)");
    assertThat(ReportWriter.write(baku, ReportWriter.Format.MD)).contains("published 2020-10-25 19:56 Asia/Baku")
        .contains("time zone Asia/Baku (UTC+04:00)").contains("(since 2020-10-18 00:00 Asia/Baku)");
    // incidents carry a day, not a time: the same incidents whatever the zone
    assertThat(baku.incidents()).extracting(SituationReport.IncidentLine::id)
        .isEqualTo(utc.incidents().stream().map(SituationReport.IncidentLine::id).toList()).isNotEmpty();
  }
}
