package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read commands over the ingested samples. {@code incidents}: a place by any of its names, a party by its side's id;
 * {@code casualties}: the Foreign Ministry's figure carried by two copies of one wire story is one
 * row naming both, rows are grouped by the claimant's side, and {@code --json} gives the contract's fields.
 */
class ReadCommandsTest {

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingest() {
    db = dir.resolve("c.db").toString();
    assertThat(CliHarness.run("ingest", "--db", db, "../data/samples").exit()).isEqualTo(Main.OK);
  }

  @Test
  void copiesAreOneRowThatSaysWhereElseTheStoryRan() {
    String out = CliHarness.run("casualties", "--db", db).out();
    List<String> ministry = out.lines().filter(l -> l.contains("9 killed, 33 wounded")).toList();
    assertThat(ministry).hasSize(1);
    assertThat(ministry.get(0)).contains("Ministry of Foreign Affairs").contains("(also in ");
    assertThat(out).contains("Azerbaijan (AZ)\n").contains("Armenia (AM)\n");
  }

  @Test
  void jsonHasOneObjectPerFigureWithEveryCopy() throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : CliHarness.run("casualties", "--json", "--db", db).out().strip().split("\n")) {
      rows.add(m.readTree(line));
    }
    JsonNode ganja = rows.stream().filter(r -> r.path("killed").asInt() == 9 && r.path("wounded").asInt() == 33)
        .findFirst().orElseThrow();
    assertThat(rows.stream().filter(r -> r.path("killed").asInt() == 9 && r.path("wounded").asInt() == 33))
        .hasSize(1);
    assertThat(ganja.path("side").asText()).isEqualTo("AZ");
    assertThat(ganja.path("articles")).hasSize(2);
    assertThat(ganja.path("evidence").path("text").asText()).contains("33 others wounded");
    assertThat(ganja.has("claimant") && ganja.has("date") && ganja.has("victims")).isTrue();
  }

  @Test
  void aPlaceIsFoundByAnyOfItsNamesAndAPartyByItsId() {
    String aghdam = CliHarness.run("incidents", "--place", "Aghdam", "--db", db).out();
    assertThat(aghdam).contains("Aghdam").doesNotContain("\n0 incident(s)");
    assertThat(CliHarness.run("incidents", "--place", "Agdam", "--db", db).out()).isEqualTo(aghdam);
    String khojavend = CliHarness.run("incidents", "--place", "Khojavend", "--db", db).out();
    assertThat(khojavend).contains("Khojavend");
    assertThat(CliHarness.run("incidents", "--place", "Martuni", "--db", db).out()).isEqualTo(khojavend);
    String byName = CliHarness.run("incidents", "--party", "Azerbaijan", "--db", db).out();
    assertThat(byName).doesNotStartWith("0 incident(s)");
    assertThat(CliHarness.run("incidents", "--party", "az", "--db", db).out()).isEqualTo(byName);
    assertThat(CliHarness.run("incidents", "--place", "Atlantis", "--db", db).out()).isEqualTo("0 incident(s)\n");
  }

  @Test
  void aSubtypeNarrowsTheLog() throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> all = new ArrayList<>();
    for (String line : CliHarness.run("incidents", "--json", "--db", db).out().strip().split("\n")) {
      all.add(m.readTree(line));
    }
    JsonNode first = all.stream().filter(i -> !i.path("subtype").asText().isEmpty()).findFirst().orElseThrow();
    String subtype = first.path("subtype").asText();
    long expected = all.stream().filter(i -> i.path("subtype").asText().equals(subtype)).count();
    String out = CliHarness.run("incidents", "--subtype", subtype, "--json", "--db", db).out().strip();
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize((int) expected);
    for (String line : lines) {
      assertThat(m.readTree(line).path("subtype").asText()).isEqualTo(subtype);
    }
    assertThat(CliHarness.run("incidents", "--subtype", subtype.toUpperCase(java.util.Locale.ROOT), "--json",
        "--db", db).out().strip()).isEqualTo(out);
  }

  @Test
  void ceasefiresPrintATableNotMapSyntax() {
    String out = CliHarness.run("ceasefires", "--conflict", "karabakh", "--db", db).out();
    assertThat(out).doesNotContain("{").doesNotContain("=");
    assertThat(out).containsPattern("(?m)^    alleged violations +Armenia +Azerbaijan +total$")
        .containsPattern("(?m)^    2020-10-10 +0 +1 +1$").containsPattern("(?m)^    total +1 +2 +3$");
  }

  @Test
  void searchIsPagedAndFindsCeaseFireAndCeasefireAlike() {
    String hyphen = CliHarness.run("search", "--json", "--limit", "100", "--db", db, "cease-fire").out();
    String closed = CliHarness.run("search", "--json", "--limit", "100", "--db", db, "ceasefire").out();
    assertThat(hyphen.lines().count()).isPositive().isEqualTo(closed.lines().count());
    String first = CliHarness.run("search", "--limit", "2", "--db", db, "ceasefire").out();
    assertThat(first).endsWith("2 hit(s); more with --offset 2\n");
    String second = CliHarness.run("search", "--limit", "2", "--offset", "2", "--db", db, "ceasefire").out();
    assertThat(second).isNotEqualTo(first).contains("more with --offset 4");
  }

  @Test
  void standingIsTheOneWordForTheFilter() {
    String byStanding = CliHarness.run("incidents", "--standing", "disputed", "--db", db).out();
    assertThat(byStanding).doesNotStartWith("0 incident(s)").doesNotContain(" alleged ");
    // the old name still reads, but help shows only --standing
    assertThat(CliHarness.run("incidents", "--status", "disputed", "--db", db).out()).isEqualTo(byStanding);
    assertThat(CliHarness.run("incidents", "--help").out()).contains("--standing=STANDING")
        .doesNotContain("--status");
  }
}
