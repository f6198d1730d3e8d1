package org.trucewatch.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's wording and both renderings, on a hand-built report. */
class ReportWriterTest {

  private static final SituationReport.Source SRC = new SituationReport.Source("wire/1", 3, 120, 190,
      "The ministry said Azerbaijani forces shelled Martuni.", "Test Wire", "https://wire.example/1", "2020-10-12",
      "explicit");

  private static SituationReport report() {
    var incident = new SituationReport.IncidentLine("inc-abc", "shelling", "Martuni", "Khojavend", "Azerbaijan",
        "disputed", List.of("Armenia Ministry of Defense"), List.of("Azerbaijan Ministry of Defense"), List.of(), 2,
        null, 1, SRC);
    var claim = new SituationReport.ClaimLine("denies", "Azerbaijan Ministry of Defense", "RIA", "inc-abc",
        "shelling", "Martuni", SRC, List.of(new SituationReport.Copy("wire/1b", "Other News",
            "https://other.example/1")));
    var casualty = new SituationReport.CasualtyLine("Azerbaijan Foreign Ministry", "Azerbaijan", "civilians", 9, 34, 7,
        null, "2020-10-10", "at least", new SituationReport.Source("wire/2", -1, -1, -1, "Nine were killed.", null,
        null, null, "publication"), List.of(new SituationReport.Copy("wire/2b", null, null)));
    var truce = new SituationReport.TruceLine("moscow", "Moscow humanitarian ceasefire", "2020-10-10T12:00+04:00",
        1, List.of(new SituationReport.Count("Azerbaijan", 3, 0)));
    var observation = new SituationReport.ObservationLine("obs-1", "2020-10-12T09:40+04:00", "Martuni", "shelling",
        "north-east", "Azerbaijan", "Team 3", "Six impacts heard.");
    return new SituationReport(LocalDate.parse("2020-10-12"), WINDOW,
        List.of(new SituationReport.Count("Azerbaijan", 1, 0), new SituationReport.Count("Armenia", 0, 2)),
        List.of(new SituationReport.Count("shelling", 1, 2)), List.of(new SituationReport.Count("Khojavend", 1, 0)),
        List.of(incident), List.of(claim), List.of(casualty), List.of(new SituationReport.HarmLine("inc-abc",
            "shelling", "Martuni", "Azerbaijan", List.of("houses", "damaged"), SRC)), List.of(observation), truce,
        List.of(truce));
  }

  private static final SituationReport.Window WINDOW = ReportZone.of("Asia/Baku").window(
      LocalDate.parse("2020-10-12"));

  private static SituationReport withClaims(SituationReport r, List<SituationReport.ClaimLine> claims) {
    return new SituationReport(r.date(), r.window(), r.byParty(), r.bySubtype(), r.byArea(), r.incidents(), claims,
        r.casualties(), r.civilianHarm(), r.observations(), r.truce(), r.truces());
  }

  @Test
  void markdownReadsLikeAMonitoringReport() {
    String md = ReportWriter.write(report(), ReportWriter.Format.MD);
    assertThat(md).startsWith("# Daily situation report, 12 October 2020\n");
    assertThat(md).contains("1 alleged ceasefire violation recorded on 12 October 2020 (11 October 2020: 2).");
    assertThat(md).contains("| Azerbaijan | 1 | 0 | +1 |").contains("| Armenia | 0 | 2 | -2 |");
    assertThat(md).contains("- Alleged shelling at Martuni (Khojavend), attributed to Azerbaijan, according to "
        + "Armenia Ministry of Defense. Denied by Azerbaijan Ministry of Defense. Reported casualties: 2 killed. "
        + "Standing: disputed; 1 independent source. Source: Test Wire, published 2020-10-12, "
        + "date: explicit, https://wire.example/1. ([inc-abc](/incident.html?id=inc-abc); "
        + "[wire/1, sentence 4](/article.html?id=wire%2F1&start=120&end=190))");
    assertThat(md).contains("Azerbaijan Ministry of Defense denied the shelling at Martuni (as relayed by RIA)");
    assertThat(md).contains("According to Azerbaijan Foreign Ministry: at least 9 killed, 34 wounded (civilians); "
        + "previously 7 killed on 2020-10-10. Source: outlet not named, publication date unknown, date: "
        + "publication. Also in: wire/2b.");
    // the copy of the claim is named once, not listed as a second claim
    assertThat(md).contains("(as relayed by RIA): \u201cThe ministry said Azerbaijani forces shelled Martuni.\u201d "
        + "Source: Test Wire, published 2020-10-12, date: explicit, https://wire.example/1. Also in: wire/1b "
        + "(Other News).");
    assertThat(md).contains("Reporting period: 2020-10-12 00:00 to 2020-10-13 00:00, time zone Asia/Baku "
        + "(UTC+04:00); compared with 2020-10-11 00:00 to 2020-10-12 00:00. Times of day below are in Asia/Baku; "
        + "incidents are counted on the day their sources give (the local day where they happened).");
    assertThat(md).contains("## By type of attack").contains("| shelling | 1 | 2 | -1 |");
    assertThat(md).contains("## Field observations").contains("- 2020-10-12 09:40 Asia/Baku: shelling at Martuni, "
        + "direction north-east, assessed as from Azerbaijan (observed by Team 3). Six impacts heard.");
    assertThat(md).contains("## Ceasefires in force");
    // civilian figures and the sentences that tell of civilian harm or damage, in a section of their own
    assertThat(md).contains("## Civilian harm and damage\n\n- According to Azerbaijan Foreign Ministry: at least 9 "
        + "killed, 34 wounded (civilians)").contains("- Alleged shelling at Martuni, attributed to Azerbaijan: "
        + "\u201cThe ministry said Azerbaijani forces shelled Martuni.\u201d (houses, damaged). Source: Test Wire");
    assertThat(md).contains("In force: Moscow humanitarian ceasefire (since 2020-10-10 12:00 Asia/Baku). 1 alleged "
        + "violation of it on the day. Alleged violations since it began, by alleged perpetrator: Azerbaijan 3.");
  }

  @Test
  void htmlEscapesEveryTextFromArticles() {
    SituationReport r = report();
    var evil = new SituationReport.ClaimLine("alleges", "<script>alert(1)</script>", null, "inc-\"x", "shelling",
        null, null, List.of());
    SituationReport withEvil = withClaims(r, List.of(evil));
    String html = ReportWriter.write(withEvil, ReportWriter.Format.HTML);
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("href=\"/incident.html?id=inc-%22x\"");
    assertThat(html).contains("<table>").contains("<ul>").endsWith("</main></body></html>\n");
  }

  @Test
  void markdownEscapesEveryTextFromArticles() {
    SituationReport r = report();
    var evilSource = new SituationReport.Source("wire/9", 0, 0, 10,
        "<img src=x onerror=alert(1)> said [click](javascript:alert(2)) & `code`", null, null, null, null);
    var evil = new SituationReport.ClaimLine("alleges", "<script>alert(1)</script>", null, "inc-x", "shelling",
        "<b>Martuni</b>", evilSource, List.of());
    SituationReport withEvil = withClaims(r, List.of(evil));
    String md = ReportWriter.write(withEvil, ReportWriter.Format.MD);
    assertThat(md).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
        .doesNotContain("[click](javascript").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(ReportWriter.md("a <i>b</i> [c](d) `e` & f")).isEqualTo("a &lt;i&gt;b&lt;/i&gt; \\[c\\](d) \\`e\\` &amp; f");
  }

  @Test
  void aStandaloneHtmlFileLinksInsideItself() {
    String html = ReportWriter.write(report(), ReportWriter.Format.HTML, null);
    assertThat(html).doesNotContain("href=\"/");
    assertThat(html).contains("<li id=\"incident-inc-abc\">").contains("href=\"#incident-inc-abc\"");
    assertThat(html).contains("href=\"#source-1\"").contains("<li id=\"source-1\">")
        .contains("href=\"https://wire.example/1\"");
    // every anchor a link names is in the file
    var m = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    while (m.find()) {
      assertThat(html).contains("id=\"" + m.group(1) + "\"");
    }
    String based = ReportWriter.write(report(), ReportWriter.Format.HTML, "https://monitor.example.org/");
    assertThat(based).contains("href=\"https://monitor.example.org/incident.html?id=inc-abc\"")
        .doesNotContain("href=\"/").doesNotContain("href=\"#");
  }

  @Test
  void anEmptyDaySaysSo() {
    SituationReport empty = new SituationReport(LocalDate.parse("2021-01-01"), WINDOW, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
    String md = ReportWriter.write(empty, ReportWriter.Format.MD);
    assertThat(md).contains("0 alleged ceasefire violations recorded").contains("No incidents recorded.")
        .contains("## Civilian harm and damage\n\nNo civilian harm or damage reported.")
        .contains("No ceasefire in force according to the register.").doesNotContain("| area |");
  }
}
