package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.Fixtures;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;

/** Every reading route over the sample articles, with malformed parameters and unknown ids. */
class ApiReadTest {

  @TempDir static Path dir;
  static Store store;
  static Javalin app;
  static Fixtures.Http http;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Fixtures.sampleStore(dir);
    app = new ApiServer(store, null, Fixtures.server(1 << 20, false), null, Fixtures.CLOCK).create().start(
        "127.0.0.1", 0);
    http = Fixtures.Http.to(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return MAPPER.readTree(r.body());
  }

  static void error(HttpResponse<String> r, int status, String detailPart) throws Exception {
    JsonNode e = json(r, status);
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("error").asText()).isNotBlank();
    assertThat(e.get("detail").asText()).contains(detailPart);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void articlesArePagedNewestFirstWithANextOffset() throws Exception {
    JsonNode p1 = json(http.get("/api/articles?limit=2"), 200);
    assertThat(p1.get("items")).hasSize(2);
    assertThat(p1.get("next_offset").asInt()).isEqualTo(2);
    JsonNode all = json(http.get("/api/articles?limit=100"), 200);
    assertThat(all.get("items")).hasSize(5);
    assertThat(all.get("next_offset").isNull()).isTrue();
    assertThat(all.get("items").get(0).has("body")).isFalse();
    JsonNode p2 = json(http.get("/api/articles?offset=2&limit=2"), 200);
    assertThat(p2.get("items").get(0).get("id")).isEqualTo(all.get("items").get(2).get("id"));
  }

  @Test
  void oneArticleHasItsBodyParagraphsAndEvents() throws Exception {
    String id = json(http.get("/api/articles?limit=100"), 200).get("items").get(0).get("id").asText();
    JsonNode a = json(http.get("/api/articles/" + id), 200);
    assertThat(a.get("body").asText()).isNotBlank();
    assertThat(a.get("paragraphs").size()).isPositive();
    for (JsonNode e : a.get("events")) {
      assertThat(e.get("id").asText()).startsWith("ev-");
      assertThat(e.get("article").asText()).isEqualTo(id);
    }
  }

  @Test
  void unknownIdsAre404() throws Exception {
    error(http.get("/api/articles/no-such-article"), 404, "no-such-article");
    error(http.get("/api/incidents/inc-000000000000"), 404, "inc-000000000000");
    error(http.get("/api/ceasefires/no-such-truce"), 404, "no-such-truce");
    error(http.get("/api/export/xlsx"), 404, "xlsx");
    error(http.get("/api/no-such-route"), 404, "/api/no-such-route");
  }

  @Test
  void incidentFiltersNarrowTheList() throws Exception {
    JsonNode all = json(http.get("/api/incidents?limit=5000"), 200).get("items");
    assertThat(all.size()).isGreaterThan(3);
    JsonNode az = json(http.get("/api/incidents?party=Azerbaijan&limit=5000"), 200).get("items");
    assertThat(az.size()).isPositive().isLessThan(all.size());
    az.forEach(i -> assertThat(i.get("perpetrator").asText()).isEqualTo("Azerbaijan"));
    String day = all.get(0).get("date").asText();
    JsonNode oneDay = json(http.get("/api/incidents?from=" + day + "&to=" + day), 200).get("items");
    assertThat(oneDay.size()).isPositive();
    oneDay.forEach(i -> assertThat(i.get("date").asText()).isEqualTo(day));
    JsonNode disputed = json(http.get("/api/incidents?standing=disputed&limit=5000"), 200).get("items");
    disputed.forEach(i -> assertThat(i.get("standing").asText()).isNotEqualTo("alleged"));
    String subtype = java.util.stream.StreamSupport.stream(all.spliterator(), false)
        .map(i -> i.path("subtype").asText()).filter(t -> !t.isEmpty()).findFirst().orElseThrow();
    JsonNode bySubtype = json(http.get("/api/incidents?subtype=" + subtype + "&limit=5000"), 200).get("items");
    assertThat(bySubtype.size()).isPositive().isEqualTo((int) java.util.stream.StreamSupport
        .stream(all.spliterator(), false).filter(i -> i.path("subtype").asText().equals(subtype)).count());
    bySubtype.forEach(i -> assertThat(i.get("subtype").asText()).isEqualTo(subtype));
    JsonNode page = json(http.get("/api/incidents?limit=1&offset=1"), 200);
    assertThat(page.get("items").get(0).get("id")).isEqualTo(all.get(1).get("id"));
  }

  @Test
  void malformedParametersAre400() throws Exception {
    error(http.get("/api/incidents?from=14-10-2020"), 400, "'from'");
    error(http.get("/api/incidents?from=2020-10-20&to=2020-10-10"), 400, "after");
    error(http.get("/api/incidents?limit=abc"), 400, "'limit'");
    error(http.get("/api/incidents?limit=0"), 400, "'limit'");
    error(http.get("/api/incidents?limit=100000"), 400, "'limit'");
    error(http.get("/api/incidents?standing=rumoured"), 400, "'standing'");
    error(http.get("/api/incidents?type=battle"), 400, "'type'");
    error(http.get("/api/incidents?subtype=missiles"), 400, "'subtype'");
    error(http.get("/api/claims?stance=maybe"), 400, "'stance'");
    error(http.get("/api/search"), 400, "'q'");
    error(http.get("/api/reports/daily"), 400, "'date'");
    error(http.get("/api/reports/daily?date=2020-10-25&format=pdf"), 400, "'format'");
    error(http.get("/api/reports/daily?date=2020-10-25&tz=Mars%2FOlympus"), 400, "'tz'");
    error(http.get("/api/articles?offset=-1"), 400, "'offset'");
  }

  @Test
  void incidentDetailSplitsClaimsAndMarksEvidenceInsideTheArticles() throws Exception {
    JsonNode all = json(http.get("/api/incidents?limit=5000"), 200).get("items");
    int withClaims = 0;
    for (JsonNode s : all) {
      JsonNode i = json(http.get("/api/incidents/" + s.get("id").asText()), 200);
      assertThat(i.get("events")).hasSize(i.get("mentions").size());
      assertThat(i.get("sources").size()).isPositive();
      for (JsonNode src : i.get("sources")) {
        String body = src.get("body").asText();
        int last = -1;
        for (JsonNode m : src.get("marks")) {
          assertThat(m.get("start").asInt()).isGreaterThanOrEqualTo(last).isLessThan(m.get("end").asInt());
          assertThat(m.get("end").asInt()).isLessThanOrEqualTo(body.length());
          last = m.get("end").asInt();
        }
        assertThat(src.get("marks").size()).isPositive();
      }
      withClaims += i.get("allegations").size() + i.get("denials").size();
      for (JsonNode c : i.get("allegations")) {
        assertThat(c.get("stance").asText()).isEqualTo("alleges");
        assertThat(c.get("incident").asText()).isEqualTo(s.get("id").asText());
      }
      i.get("denials").forEach(c -> assertThat(c.get("stance").asText()).isEqualTo("denies"));
    }
    assertThat(withClaims).isPositive();
  }

  @Test
  void claimsCanBeFilteredByStanceAndActor() throws Exception {
    JsonNode all = json(http.get("/api/claims?limit=5000"), 200).get("items");
    assertThat(all.size()).isPositive();
    JsonNode denials = json(http.get("/api/claims?stance=denies&limit=5000"), 200).get("items");
    denials.forEach(c -> assertThat(c.get("stance").asText()).isEqualTo("denies"));
    String actor = all.get(0).get("actor").asText();
    JsonNode byActor = json(http.get("/api/claims?limit=5000&actor=" + java.net.URLEncoder.encode(
        actor.toUpperCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8)), 200).get("items");
    assertThat(byActor.size()).isPositive();
    byActor.forEach(c -> assertThat(c.get("actor").asText()).isEqualTo(actor));
    JsonNode page = json(http.get("/api/claims?limit=1&offset=1"), 200);
    assertThat(page.get("items").get(0)).isEqualTo(all.get(1));
  }

  @Test
  void ceasefiresCarryViolationsPerPartyAndDay() throws Exception {
    JsonNode items = json(http.get("/api/ceasefires"), 200).get("items");
    assertThat(items.size()).isPositive();
    int total = 0;
    for (JsonNode c : items) {
      JsonNode v = c.get("violations");
      int sum = 0;
      for (JsonNode n : v.get("by_party")) {
        sum += n.asInt();
      }
      assertThat(sum).isEqualTo(v.get("total").asInt());
      total += sum;
    }
    int linked = 0;
    for (JsonNode i : json(http.get("/api/incidents?limit=5000"), 200).get("items")) {
      linked += i.get("ceasefire").isNull() ? 0 : 1;
    }
    assertThat(total).isEqualTo(linked);
    String id = items.get(0).get("id").asText();
    assertThat(json(http.get("/api/ceasefires/" + id), 200).get("id").asText()).isEqualTo(id);
  }

  @Test
  void casualtyFiguresComeAsSeriesPerClaimantInDateOrder() throws Exception {
    JsonNode items = json(http.get("/api/casualties"), 200).get("items");
    assertThat(items.size()).isPositive();
    for (JsonNode s : items) {
      String last = "";
      for (JsonNode p : s.get("points")) {
        assertThat(p.get("date").asText()).isGreaterThanOrEqualTo(last);
        last = p.get("date").asText();
        assertThat(p.get("killed").isNull() && p.get("wounded").isNull()).isFalse();
      }
    }
    String name = items.get(0).get("claimant").asText();
    JsonNode one = json(http.get("/api/casualties?claimant=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8)), 200).get("items");
    assertThat(one.get(0).get("claimant").asText()).isEqualTo(name);
  }

  @Test
  void searchFindsWordsInTheArticles() throws Exception {
    JsonNode r = json(http.get("/api/search?q=ceasefire&limit=5"), 200);
    assertThat(r.get("items").size()).isBetween(1, 5);
    assertThat(r.get("items").get(0).get("snippet").asText().toLowerCase()).containsPattern("\\[cease-?fire");
    assertThat(json(http.get("/api/search?q=xylophonist"), 200).get("items")).isEmpty();
  }

  @Test
  void statsCountTheStore() throws Exception {
    JsonNode s = json(http.get("/api/stats"), 200);
    assertThat(s.get("articles").asInt()).isEqualTo(5);
    assertThat(s.get("incidents").asInt()).isPositive();
    int sum = 0;
    for (JsonNode n : s.get("incidents_by_standing")) {
      sum += n.asInt();
    }
    assertThat(sum).isEqualTo(s.get("incidents").asInt());
    assertThat(json(http.get("/api/field-reports"), 200).get("items")).isEmpty();
  }

  @Test
  void dailyReportInThreeFormats() throws Exception {
    JsonNode all = json(http.get("/api/incidents?limit=5000"), 200).get("items");
    String day = all.get(all.size() - 1).get("date").asText();
    JsonNode r = json(http.get("/api/reports/daily?date=" + day), 200);
    assertThat(r.get("incidents").size()).isPositive();
    HttpResponse<String> md = http.get("/api/reports/daily?format=md&date=" + day);
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).startsWith("# Daily situation report").contains("Alleged ").contains("/incident.html?id=");
    HttpResponse<String> html = http.get("/api/reports/daily?format=html&date=" + day);
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<h1>Daily situation report").contains("<a class=\"evidence\"");
  }

  @Test
  void anEventsAcledTypeIsTheOneTheExportGivesItsIncident() throws Exception {
    // the export's event_type and sub_event_type per incident (tags carry trucewatch_id=...)
    java.util.Map<String, String> exported = new java.util.HashMap<>();
    List<String> rows = http.get("/api/export/acled-csv").body().lines().skip(1).toList();
    for (String row : rows) {
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("trucewatch_id=(inc-[0-9a-f]+)").matcher(row);
      java.util.regex.Matcher type = java.util.regex.Pattern.compile(
          ",Political violence,([^,]*),([^,]*),").matcher(row);
      if (id.find() && type.find() && !type.group(1).isEmpty()) {
        exported.put(id.group(1), type.group(1) + ": " + type.group(2));
      }
    }
    assertThat(exported).isNotEmpty();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int checked = 0;
    for (JsonNode s : json(http.get("/api/incidents?limit=5000"), 200).get("items")) {
      JsonNode i = json(http.get("/api/incidents/" + s.get("id").asText()), 200);
      for (JsonNode e : i.get("events")) {
        if (e.path("type").asText().equals("attack") && e.path("subtype").asText().equals(s.path("subtype").asText())
            && exported.containsKey(s.get("id").asText())) {
          assertThat(e.get("acled_event_type").asText()).as(s.get("id").asText())
              .isEqualTo(exported.get(s.get("id").asText()));
          seen.add(e.get("acled_event_type").asText());
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
    // not one label for every attack: shelling and armed clashes differ
    assertThat(seen).hasSizeGreaterThan(1).doesNotContain("Battles / Explosions/Remote violence");
  }

  @Test
  void theDailyReportIsInUtcUnlessTzNamesAZone() throws Exception {
    JsonNode utc = json(http.get("/api/reports/daily?date=2020-10-25"), 200).get("window");
    assertThat(utc.get("from").asText()).isEqualTo("2020-10-25T00:00Z");
    assertThat(utc.get("time_zone").asText()).isEqualTo("UTC");
    JsonNode baku = json(http.get("/api/reports/daily?date=2020-10-25&tz=Asia/Baku"), 200);
    assertThat(baku.get("window").get("from").asText()).isEqualTo("2020-10-25T00:00+04:00");
    assertThat(baku.get("window").get("to").asText()).isEqualTo("2020-10-26T00:00+04:00");
    assertThat(baku.get("window").get("time_zone").asText()).isEqualTo("Asia/Baku");
    // a publication time given at -04:00, in the report's zone
    assertThat(baku.get("incidents").findValuesAsText("published")).contains("2020-10-25T19:56+04:00");
    assertThat(http.get("/api/reports/daily?format=md&date=2020-10-25&tz=Asia/Baku").body())
        .contains("time zone Asia/Baku (UTC+04:00)");
  }

  @Test
  void exportsInThreeFormats() throws Exception {
    int incidents = json(http.get("/api/incidents?limit=5000"), 200).get("items").size();
    HttpResponse<String> csv = http.get("/api/export/acled-csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("event_id_cnty,event_date,year,time_precision,");
    assertThat(csv.body().split("\r\n")).hasSize(incidents + 1);
    JsonNode geo = MAPPER.readTree(http.get("/api/export/geojson").body());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features").size()).isPositive().isLessThanOrEqualTo(incidents);
    String[] lines = http.get("/api/export/jsonl?from=2020-10-01&to=2020-10-31").body().split("\n");
    List<String> dates = new ArrayList<>();
    for (String l : lines) {
      dates.add(MAPPER.readTree(l).get("date").asText());
    }
    assertThat(dates).allMatch(d -> d.startsWith("2020-10"));
    error(http.get("/api/export/geojson?from=yesterday"), 400, "'from'");
  }

  @Test
  void writingIsForbiddenOnAReadOnlyServer() throws Exception {
    error(http.send("DELETE", "/api/ceasefires/moscow-2020-10-10", null), 403, "reads only");
    error(http.send("POST", "/api/articles", "[]", "Content-Type", "application/json",
        "Authorization", "Bearer guess"), 403, "disabled");
  }

  @Test
  void staticFilesAndLeafletAreServed() {
    assertThat(http.get("/").body()).contains("<title>TruceWatch</title>");
    assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/geo/countries.geojson").body()).startsWith("{\"type\":\"FeatureCollection\"");
  }

  @Test
  void copiesOfOneWireStoryAreFoldedEverywhere() throws Exception {
    // /api/casualties: the Foreign Ministry's 9 killed, carried by two copies, is one point naming both
    List<JsonNode> nine = new java.util.ArrayList<>();
    for (JsonNode s : json(http.get("/api/casualties"), 200).get("items")) {
      for (JsonNode p : s.get("points")) {
        if (p.get("killed").asInt() == 9) {
          nine.add(p);
        }
      }
    }
    assertThat(nine).hasSize(1);
    assertThat(nine.get(0).get("articles")).hasSize(2);
    assertThat(nine.get(0).get("also_in")).hasSize(1);
    assertThat(nine.get(0).has("date_basis") || nine.get(0).has("published")).isTrue();
    // search: one sentence carried by copies (and by two events of one article) is one hit
    JsonNode hits = json(http.get("/api/search?q=%22humanitarian%20ceasefire%20on%20Saturday%22&limit=50"), 200)
        .get("items");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("also_in")).hasSize(1);
    assertThat(hits.get(0).get("events").size()).isGreaterThanOrEqualTo(2);
    // the incident page's claims: one row per claim, the other copy named
    Incident ganja = store.incidents(IncidentQuery.all()).stream().filter(i -> i.mentions().size() > 1)
        .findFirst().orElseThrow();
    JsonNode d = json(http.get("/api/incidents/" + ganja.id()), 200);
    List<String> keys = new java.util.ArrayList<>();
    for (String k : List.of("allegations", "denials", "acknowledgements")) {
      for (JsonNode c : d.get(k)) {
        keys.add(c.get("stance").asText() + "|" + c.get("actor").asText() + "|"
            + c.get("evidence").get("sentence").asText());
        assertThat(c.get("also_in").size()).isEqualTo(1);
        assertThat(c.get("also_in").get(0).get("article").asText()).isNotEqualTo(c.get("article").asText());
      }
    }
    assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void everyMentionShowsWhereAndHowItWasDated() throws Exception {
    Incident i = store.incidents(IncidentQuery.all()).get(0);
    JsonNode d = json(http.get("/api/incidents/" + i.id()), 200);
    for (JsonNode e : d.get("events")) {
      assertThat(e.has("outlet") && e.has("url") && e.has("published")).isTrue();
      assertThat(e.get("date_basis").asText()).isIn("explicit", "paragraph", "publication", "cluster", "register",
          "estimated");
    }
    for (JsonNode c : d.get("allegations")) {
      assertThat(c.has("outlet") && c.has("url") && c.has("published") && c.has("date_basis")).isTrue();
    }
    JsonNode a = json(http.get("/api/articles/" + store.events(i.mentions()).get(0).event().article()), 200);
    for (JsonNode e : a.get("events")) {
      assertThat(e.has("outlet") && e.has("url") && e.has("published") && e.has("date_basis")).isTrue();
    }
    JsonNode report = json(http.get("/api/reports/daily?date=" + i.date()), 200);
    assertThat(report.has("by_party")).isTrue();
    assertThat(report.get("incidents").get(0).get("source").has("date_basis")).isTrue();
    assertThat(report.get("incidents").get(0).get("source").has("outlet")).isTrue();
  }

  @Test
  void searchIsPagedAndHyphenationBlind() throws Exception {
    JsonNode p1 = json(http.get("/api/search?q=ceasefire&limit=3"), 200);
    assertThat(p1.get("items")).hasSize(3);
    assertThat(p1.get("offset").asInt()).isZero();
    assertThat(p1.get("next_offset").asInt()).isEqualTo(3);
    JsonNode p2 = json(http.get("/api/search?q=ceasefire&limit=3&offset=3"), 200);
    assertThat(p2.get("items").get(0).get("snippet").asText()).isNotEqualTo(p1.get("items").get(0).get("snippet")
        .asText());
    JsonNode closed = json(http.get("/api/search?q=ceasefire&limit=500"), 200);
    JsonNode hyphen = json(http.get("/api/search?q=cease-fire&limit=500"), 200);
    assertThat(hyphen.get("items").size()).isEqualTo(closed.get("items").size());
    assertThat(closed.toString()).contains("[cease-fire]").contains("[ceasefire]");
  }
}
