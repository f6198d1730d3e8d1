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
    assertThat(r.err()).contains(tmp + ": reports (*.txt) but no gold.json");
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
}
