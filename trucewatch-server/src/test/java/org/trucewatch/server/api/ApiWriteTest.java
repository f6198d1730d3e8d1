package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.server.api.ApiReadTest.error;
import static org.trucewatch.server.api.ApiReadTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.Store;

/** The writing routes: the token, body validation and limits, and what a successful write changes. */
class ApiWriteTest {

  static final String TOKEN = "s3cret-token";
  static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};
  static final String ARTICLE = "{\"id\":\"wire-1\",\"title\":\"Shelling reported\",\"published\":\"2020-10-28\","
      + "\"outlet\":\"Test Wire\",\"text\":\"Shelling reported near the front.\\n\\nThe Armenian Defence Ministry "
      + "said Azerbaijani forces shelled Martuni on Tuesday, killing two civilians. Azerbaijan's Defence Ministry "
      + "denied the report.\"}";

  @TempDir static Path dir;
  static Store store;
  static Javalin app;
  static Fixtures.Http http;

  @BeforeAll
  static void start() {
    store = Fixtures.emptyStore(dir);
    StoreWriter writer = new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK);
    app = new ApiServer(store, writer, Fixtures.server(4096, false), TOKEN, Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    http = Fixtures.Http.to(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  private static String[] with(String... more) {
    String[] all = new String[AUTH.length + more.length];
    System.arraycopy(AUTH, 0, all, 0, AUTH.length);
    System.arraycopy(more, 0, all, AUTH.length, more.length);
    return all;
  }

  @Test
  void writingNeedsTheRightBearerToken() throws Exception {
    error(http.send("POST", "/api/articles", "[" + ARTICLE + "]", "Content-Type", "application/json"), 401,
        "Authorization");
    error(http.send("POST", "/api/articles", "[" + ARTICLE + "]", "Content-Type", "application/json",
        "Authorization", "Basic dXNlcjpwYXNz"), 401, "Bearer");
    error(http.send("POST", "/api/articles", "[" + ARTICLE + "]", "Content-Type", "application/json",
        "Authorization", "Bearer wrong"), 403, "not valid");
    error(http.send("DELETE", "/api/ceasefires/x", null), 401, "Authorization");
    assertThat(http.send("POST", "/api/articles", "[]", "Content-Type", "application/json")
        .headers().firstValue("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void postedArticlesGoThroughIngestion() throws Exception {
    JsonNode r = json(http.send("POST", "/api/articles", "[" + ARTICLE + "]", with("Content-Type",
        "application/json")), 201);
    assertThat(r.get("stored").asInt()).isEqualTo(1);
    assertThat(r.get("articles").get(0).get("id").asText()).isEqualTo("wire-1");
    assertThat(r.get("articles").get(0).get("stored").asBoolean()).isTrue();
    JsonNode a = json(http.get("/api/articles/wire-1"), 200);
    assertThat(a.get("outlet").asText()).isEqualTo("Test Wire");
    assertThat(a.get("events").size()).isEqualTo(r.get("articles").get(0).get("events").asInt());
    // The same bytes again change nothing.
    JsonNode again = json(http.send("POST", "/api/articles", "[" + ARTICLE + "]", with("Content-Type",
        "application/json")), 200);
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void jsonLinesAreAcceptedToo() throws Exception {
    String lines = ARTICLE.replace("wire-1", "wire-2") + "\n\n" + ARTICLE.replace("wire-1", "wire-3") + "\n";
    JsonNode r = json(http.send("POST", "/api/articles", lines, with("Content-Type", "application/x-ndjson")), 201);
    assertThat(r.get("read").asInt()).isEqualTo(2);
    assertThat(json(http.get("/api/articles/wire-3"), 200).get("id").asText()).isEqualTo("wire-3");
  }

  @Test
  void anArticlesDeclaredConflictIsKeptWithIt() throws Exception {
    String line = "{\"id\":\"desk-1\",\"published\":\"2024-03-06\",\"conflict\":\"Sudan\",\"text\":\"Two soldiers "
        + "were killed and three wounded when mortar rounds hit their position on Tuesday, an army spokesman said.\"}";
    json(http.send("POST", "/api/articles", line, with("Content-Type", "application/x-ndjson")), 201);
    JsonNode events = json(http.get("/api/articles/desk-1"), 200).get("events");
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.get("conflict").asText()).isEqualTo("sudan"));
  }

  @Test
  void badArticleBodiesAreRefusedBeforeAnythingIsStored() throws Exception {
    error(http.send("POST", "/api/articles", "[{\"id\": \"x\", ", with("Content-Type", "application/json")), 400,
        "not valid JSON");
    error(http.send("POST", "/api/articles", ARTICLE + "\n{oops\n", with("Content-Type", "application/x-ndjson")),
        400, "line 2");
    error(http.send("POST", "/api/articles", "", with("Content-Type", "application/json")), 400, "empty");
    error(http.send("POST", "/api/articles", "[{\"id\":\"y\"}]", with("Content-Type", "application/json")), 422,
        "'text' or 'html'");
    error(http.send("POST", "/api/articles", "[{\"id\":\"y\",\"text\":\"t\",\"title\":7}]", with("Content-Type",
        "application/json")), 422, "'title'");
    error(http.send("POST", "/api/articles", "[{\"id\":\"y\",\"text\":\"t\",\"conflict\":\"narnia\"}]",
        with("Content-Type", "application/json")), 422, "'conflict' 'narnia' is not a profile (");
    error(http.send("POST", "/api/articles", "[" + ARTICLE + "," + ARTICLE + "]", with("Content-Type",
        "application/json")), 422, "twice");
    error(http.send("POST", "/api/articles", "[1, 2]", with("Content-Type", "application/json")), 422,
        "not a JSON object");
    error(http.send("POST", "/api/articles", "[]", with("Content-Type", "application/json")), 422, "no articles");
    error(http.send("POST", "/api/articles", "id,text", with("Content-Type", "text/csv")), 415, "Content-Type");
    error(http.send("POST", "/api/articles", "[]", AUTH), 415, "none was given");
    assertThat(http.get("/api/articles/y").statusCode()).isEqualTo(404);
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    String big = "[{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}]";
    error(http.send("POST", "/api/articles", big, with("Content-Type", "application/json")), 413, "4096");
  }

  @Test
  void ceasefireRegisterEntriesArePutAndDeleted() throws Exception {
    String body = "{\"name\":\"Test truce\",\"start\":\"2020-10-27T08:00+04:00\",\"parties\":[\"Armenia\","
        + "\"Azerbaijan\"],\"mediator\":\"United States\"}";
    JsonNode c = json(http.send("PUT", "/api/ceasefires/test-truce", body, with("Content-Type",
        "application/json")), 201);
    assertThat(c.get("name").asText()).isEqualTo("Test truce");
    json(http.send("PUT", "/api/ceasefires/test-truce", body.replace("Test truce", "Renamed"), with("Content-Type",
        "application/json")), 200);
    assertThat(json(http.get("/api/ceasefires/test-truce"), 200).get("name").asText()).isEqualTo("Renamed");
    assertThat(http.send("DELETE", "/api/ceasefires/test-truce", null, AUTH).statusCode()).isEqualTo(204);
    error(http.get("/api/ceasefires/test-truce"), 404, "test-truce");
    error(http.send("DELETE", "/api/ceasefires/test-truce", null, AUTH), 404, "test-truce");
  }

  @Test
  void aRegisterEntryKeepsItsConflictAndSources() throws Exception {
    String body = "{\"name\":\"Sourced truce\",\"start\":\"2020-10-27\",\"conflict\":\"karabakh\","
        + "\"sources\":[{\"url\":\"https://example.org/truce\",\"title\":\"Truce agreed\"}]}";
    json(http.send("PUT", "/api/ceasefires/sourced-truce", body, with("Content-Type", "application/json")), 201);
    JsonNode c = json(http.get("/api/ceasefires/sourced-truce"), 200);
    assertThat(c.get("conflict").asText()).isEqualTo("karabakh");
    assertThat(c.get("origin").asText()).isEqualTo("edited");
    assertThat(c.get("sources").get(0).get("url").asText()).isEqualTo("https://example.org/truce");
    assertThat(c.get("sources").get(0).get("title").asText()).isEqualTo("Truce agreed");
    assertThat(http.send("DELETE", "/api/ceasefires/sourced-truce", null, AUTH).statusCode()).isEqualTo(204);
    String[] h = with("Content-Type", "application/json");
    error(http.send("PUT", "/api/ceasefires/t2", "{\"name\":\"T\",\"start\":\"2020-10-27\",\"conflict\":"
        + "\"atlantis\"}", h), 422, "'conflict'");
    error(http.send("PUT", "/api/ceasefires/t2", "{\"name\":\"T\",\"start\":\"2020-10-27\",\"sources\":"
        + "[\"x\"]}", h), 422, "'sources'");
  }

  @Test
  void invalidCeasefiresAre422OrBadIds400() throws Exception {
    String[] h = with("Content-Type", "application/json");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":\"T\"}", h), 422, "'start'");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":\"T\",\"start\":\"27 October\"}", h), 422, "'start'");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":\"T\",\"start\":\"2020-10-27\",\"end\":\"2020-10-01\"}",
        h), 422, "before");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":\"T\",\"start\":\"2020-10-27\",\"colour\":\"red\"}", h),
        422, "unknown field 'colour'");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":\"T\",\"start\":\"2020-10-27\",\"status\":\"maybe\"}",
        h), 422, "'status'");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"id\":\"t2\",\"name\":\"T\",\"start\":\"2020-10-27\"}", h),
        422, "differs");
    error(http.send("PUT", "/api/ceasefires/t1", "{\"name\":", h), 400, "not valid JSON");
    error(http.send("PUT", "/api/ceasefires/bad%20id", "{}", h), 400, "ceasefire id");
    error(http.send("PUT", "/api/ceasefires/t1", "{}", with("Content-Type", "text/plain")), 415, "application/json");
  }

  @Test
  void fieldReportsAreStoredAndBadOnesRefused() throws Exception {
    String[] h = with("Content-Type", "application/json");
    JsonNode r = json(http.send("POST", "/api/field-reports", "[{\"id\":\"fr-1\",\"time\":\"2020-10-27T10:00\","
        + "\"place\":\"Martuni\",\"kind\":\"shelling\",\"observer\":\"patrol 4\"}]", h), 201);
    assertThat(r.get("stored").get(0).get("id").asText()).isEqualTo("fr-1");
    assertThat(json(http.get("/api/field-reports"), 200).get("items").size()).isEqualTo(1);
    error(http.send("POST", "/api/field-reports", "{\"time\":\"2020-10-27\",\"place\":\"Martuni\"}", h), 422,
        "'kind'");
    error(http.send("POST", "/api/field-reports", "{\"kind\":\"shelling\",\"place\":\"Martuni\"}", h), 422,
        "'time'");
    error(http.send("POST", "/api/field-reports", "{\"time\":\"last week\",\"place\":\"Martuni\",\"kind\":\"x\"}",
        h), 422, "time");
    error(http.send("POST", "/api/field-reports", "[]", h), 422, "no field reports");
  }

  @Test
  void anArticleNamedByItsUrlCanBeFetchedBack() throws Exception {
    String id = "https://example.com/news/2020/10/28/shelling?id=7";
    json(http.send("POST", "/api/articles", ARTICLE.replace("wire-1", id), with("Content-Type",
        "application/x-ndjson")), 201);
    String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json(http.get("/api/articles/" + encoded), 200).get("id").asText()).isEqualTo(id);
    assertThat(json(http.get("/api/articles/https://example.com/news/2020/10/28/shelling%3Fid=7"), 200)
        .get("id").asText()).isEqualTo(id);
  }

  @Test
  void aFieldReportRaisesTheIncidentItObservedToObserved() throws Exception {
    String article = ARTICLE.replace("wire-1", "wire-fr").replace("2020-10-28", "2020-11-04");
    json(http.send("POST", "/api/articles", "[" + article + "]", with("Content-Type", "application/json")), 201);
    JsonNode before = json(http.get("/api/incidents?from=2020-11-03&to=2020-11-03"), 200).get("items");
    assertThat(before.size()).isEqualTo(1);
    assertThat(before.get(0).get("standing").asText()).isNotEqualTo("observed");
    json(http.send("POST", "/api/field-reports", "{\"id\":\"fr-obs\",\"time\":\"2020-11-03T09:30\","
        + "\"place\":\"Martuni\",\"kind\":\"shelling\"}", with("Content-Type", "application/json")), 201);
    JsonNode after = json(http.get("/api/incidents?from=2020-11-03&to=2020-11-03"), 200).get("items");
    assertThat(after.get(0).get("standing").asText()).isEqualTo("observed");
  }
}
