package org.trucewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.bench.CliRun;

/** {@code trucewatch score} end to end on the fixture corpus {@code eval/mini}, and its errors. */
class ScoreCommandTest {

  private static final Path MINI = Path.of("src/test/resources/eval/mini");

  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void scoresASplitPerGroupAsATableAndAsJson() throws Exception {
    CliRun table = run("score", "--verbose", MINI.toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("3 report(s) in 2 folder(s)").containsPattern("(?m)^attack\\s+1\\s")
        .containsPattern("(?m)^donbas\\s+2\\s").containsPattern("(?m)^other\\s+1\\s");
    String[] lines = table.out().strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("corpus: attack F1 ").endsWith("(3 reports)");

    CliRun json = run("score", "--json", MINI.resolve("donbas").toString());
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.at("/result/overall/reports").asInt()).isEqualTo(2);
    assertThat(doc.at("/result/overall/types/attack/tp").asInt() + doc.at("/result/overall/types/attack/fn").asInt())
        .isEqualTo(1);
    assertThat(doc.at("/result/reports/0/file").asText()).isEqualTo("donbas-01-wire.txt");
    assertThat(doc.get("figures").findValuesAsText("name")).contains("attack.f1", "perpetrator", "claimant");
    assertThat(json.err()).contains("corpus: attack F1");
  }

  @Test
  void aFolderWithReportsButNoGoldIsAnError() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "text");
    CliRun r = run("score", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(tmp + ": reports (*.txt, *.html) but no gold.json");
    assertThat(run("score", tmp.resolve("nowhere").toString()).err()).contains("nowhere: no such folder");
    Files.delete(tmp.resolve("a.txt"));
    assertThat(run("score", tmp.toString()).err()).contains("no gold.json in this folder or below it");
  }

  @Test
  void aGoldEntryWithoutItsReportIsAnError() throws Exception {
    Files.writeString(tmp.resolve("gold.json"), "{\"articles\": {\"gone.txt\": {\"events\": []}}}");
    CliRun r = run("score", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(tmp.resolve("gold.json") + ": articles.\"gone.txt\": no such report");
  }

  @Test
  void aReportWithoutAGoldEntryIsAnError() throws Exception {
    Files.writeString(tmp.resolve("gold.json"), "{\"articles\": {}}");
    Files.writeString(tmp.resolve("b.txt"), "text");
    CliRun r = run("score", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("gold.json: articles: no entry for the report b.txt");
  }

  @Test
  void malformedGoldIsNamedByFileAndKey() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "text");
    Path gold = tmp.resolve("gold.json");
    Files.writeString(gold, "{\"articles\": {\"a.txt\": {\"events\": [{\"type\": \"ceasefire\"},"
        + " {\"type\": \"attack\", \"where\": [\"X\"], \"date\": [\"2017-02-30\"]}]}}}");
    CliRun r = run("score", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(gold + ": articles.\"a.txt\".events[1].date: not an ISO date: 2017-02-30");
    Files.writeString(gold, "{\"articles\": {\"a.txt\": {\"events\": [{\"type\": \"atack\"}]}}}");
    assertThat(run("score", tmp.toString()).err()).contains("articles.\"a.txt\".events[0].type: expected one of");
    Files.writeString(gold, "{\"articles\": {\"a.txt\": {\"events\": [{\"type\": \"attack\", \"date\": [\"2017-01-01\"]}]}}}");
    assertThat(run("score", tmp.toString()).err()).contains("events[0].where: an attack needs where");
    Files.writeString(gold, "{\"articles\": {\"a.txt\": {\"events\": [{\"type\": \"casualty_report\", \"killed\": \"3\"}]}}}");
    assertThat(run("score", tmp.toString()).err()).contains("events[0].killed: expected a whole number");
    Files.writeString(gold, "{\"articles\": [}");
    assertThat(run("score", tmp.toString()).err()).contains(gold + ": not JSON");
  }
  /** A report may be a saved page ({@code .html}): it goes through the HTML cleaner, as a crawled page would. */
  @Test
  void anHtmlReportIsCleanedAsAPageAndScored() throws Exception {
    Files.writeString(tmp.resolve("donbas-09-page.html"), "<!DOCTYPE html><html><head><title>Shelling hits Avdiivka"
        + "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article>"
        + "<h1>Shelling hits Avdiivka</h1><p>KYIV, Jan 31, 2017 (Wire) - Three civilians were killed and five wounded"
        + " when Donetsk People's Republic forces shelled the town of Avdiivka on Monday, Ukraine's military said on"
        + " Tuesday.</p><p>The separatists denied firing on the town and blamed Ukrainian troops for the deaths.</p>"
        + "</article></main><footer><p>Share this story</p><p>Cookie settings</p></footer></body></html>");
    Files.writeString(tmp.resolve("gold.json"), "{\"articles\": {\"donbas-09-page.html\": {\"conflict\": \"donbas\","
        + " \"published\": \"2017-01-31\", \"events\": [{\"type\": \"attack\", \"subtype\": \"shelling\","
        + " \"where\": [\"Avdiivka\"], \"lat\": 48.1394, \"lon\": 37.7497, \"date\": [\"2017-01-30\"]}]}}}");
    CliRun r = run("score", "--json", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.at("/result/overall/types/attack/tp").asInt()).isEqualTo(1);
    assertThat(doc.at("/result/reports/0/file").asText()).isEqualTo("donbas-09-page.html");

    Files.writeString(tmp.resolve("gold.json"), "{\"articles\": {}}");
    assertThat(run("score", tmp.toString()).err()).contains("no entry for the report donbas-09-page.html");
  }
}
