package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.Store;

/** The conflict profiles over the API, and the {@code conflict=} filter over a store holding two conflicts. */
class ApiConflictsTest {

  @TempDir static Path dir;
  static Store store;
  static Javalin app;
  static Fixtures.Http http;

  @BeforeAll
  static void start() {
    store = Fixtures.twoConflictStore(dir);
    app = new ApiServer(store, null, Fixtures.pipeline().profiles(), Fixtures.server(1 << 20, false), null,
        Fixtures.CLOCK).create().start("127.0.0.1", 0);
    http = Fixtures.Http.to(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  private static List<String> conflicts(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("conflict").isNull() ? null : i.get("conflict").asText()));
    return out;
  }

  @Test
  void theProfilesAreListedWithSidesMapAndTruces() throws Exception {
    JsonNode items = ApiReadTest.json(http.get("/api/conflicts"), 200).get("items");
    List<String> ids = new ArrayList<>();
    items.forEach(p -> ids.add(p.get("id").asText()));
    assertThat(ids).contains("karabakh", "donbas", "israel-gaza", "kashmir-loc");
    for (JsonNode p : items) {
      assertThat(p.get("name").asText()).as(p.get("id").asText()).isNotBlank();
      assertThat(p.get("sides").size()).isGreaterThanOrEqualTo(2);
      assertThat(p.get("map").has("lat")).isTrue();
      assertThat(p.get("map").get("zoom").asInt()).isPositive();
      for (JsonNode t : p.get("truces")) {
        assertThat(t.get("sources").size()).as(t.get("id").asText()).isPositive();
        assertThat(t.get("sources").get(0).get("url").asText()).startsWith("http");
      }
    }
    JsonNode donbas = ApiReadTest.json(http.get("/api/conflicts/donbas"), 200);
    assertThat(donbas.get("acled_region").asText()).isEqualTo("Europe");
    assertThat(donbas.get("countries").toString()).contains("UA");
    assertThat(donbas.get("period").get("start").asText()).isEqualTo("2014-04-06");
    JsonNode dpr = null;
    for (JsonNode s : donbas.get("sides")) {
      dpr = s.get("id").asText().equals("DPR") ? s : dpr;
    }
    assertThat(dpr.get("kind").asText()).isEqualTo("group");
    assertThat(dpr.get("colour").asText()).startsWith("#");
    ApiReadTest.error(http.get("/api/conflicts/atlantis"), 404, "atlantis");
  }

  @Test
  void incidentsAreFilteredByConflictAndEachCarriesItsConflict() throws Exception {
    JsonNode all = ApiReadTest.json(http.get("/api/incidents?limit=5000"), 200).get("items");
    all.forEach(i -> assertThat(i.has("conflict") && i.has("ceasefire_open")).as(i.toString()).isTrue());
    JsonNode donbas = ApiReadTest.json(http.get("/api/incidents?conflict=donbas&limit=5000"), 200).get("items");
    JsonNode karabakh = ApiReadTest.json(http.get("/api/incidents?conflict=karabakh&limit=5000"), 200)
        .get("items");
    assertThat(donbas.size()).isPositive();
    assertThat(karabakh.size()).isPositive();
    assertThat(conflicts(donbas)).containsOnly("donbas");
    assertThat(conflicts(karabakh)).containsOnly("karabakh");
    assertThat(donbas.size() + karabakh.size()).isLessThanOrEqualTo(all.size());
    assertThat(donbas.toString()).contains("Donetsk");
    JsonNode stats = ApiReadTest.json(http.get("/api/stats?conflict=donbas"), 200);
    assertThat(stats.get("incidents").asInt()).isEqualTo(donbas.size());
    assertThat(stats.get("incidents_by_conflict").get("karabakh").asInt()).isEqualTo(karabakh.size());
  }

  @Test
  void ceasefiresCarryTheirConflictAndSources() throws Exception {
    JsonNode all = ApiReadTest.json(http.get("/api/ceasefires"), 200).get("items");
    assertThat(all.size()).isPositive();
    JsonNode karabakh = ApiReadTest.json(http.get("/api/ceasefires?conflict=karabakh"), 200).get("items");
    assertThat(karabakh.size()).isPositive().isLessThanOrEqualTo(all.size());
    assertThat(conflicts(karabakh)).containsOnly("karabakh");
    for (JsonNode c : karabakh) {
      assertThat(c.has("source")).isFalse();
      if (c.get("origin").asText().equals("register")) {
        assertThat(c.get("sources").size()).as(c.get("id").asText()).isPositive();
        assertThat(c.get("sources").get(0).get("url").asText()).startsWith("http");
      }
    }
  }

  @Test
  void exportsReportsAndCasualtiesTakeTheConflict() throws Exception {
    var csv = http.get("/api/export/acled-csv?conflict=donbas");
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines.length).isGreaterThan(1);
    for (int n = 1; n < lines.length; n++) {
      assertThat(lines[n]).contains(",Europe,Ukraine,").contains("conflict=donbas");
    }
    String jsonl = http.get("/api/export/jsonl?conflict=karabakh").body();
    assertThat(jsonl).contains("\"conflict\":\"karabakh\"").doesNotContain("\"conflict\":\"donbas\"");
    JsonNode report = ApiReadTest.json(http.get("/api/reports/daily?date=2017-02-01&conflict=donbas"), 200);
    assertThat(report.get("incidents").size()).isPositive();
    JsonNode none = ApiReadTest.json(http.get("/api/reports/daily?date=2017-02-01&conflict=karabakh"), 200);
    assertThat(none.get("incidents").size()).isZero();
    JsonNode cas = ApiReadTest.json(http.get("/api/casualties?conflict=donbas"), 200).get("items");
    assertThat(cas.toString()).contains("Donetsk").doesNotContain("Azerbaijan");
  }

  @Test
  void anUnknownConflictIsA400NamingTheKnownOnes() throws Exception {
    for (String route : List.of("/api/incidents", "/api/claims", "/api/ceasefires", "/api/casualties",
        "/api/stats", "/api/export/acled-csv", "/api/export/geojson", "/api/reports/daily?date=2020-10-25")) {
      String sep = route.contains("?") ? "&" : "?";
      ApiReadTest.error(http.get(route + sep + "conflict=atlantis"), 400, "'conflict'");
      ApiReadTest.error(http.get(route + sep + "conflict=atlantis"), 400, "karabakh");
    }
  }
}
