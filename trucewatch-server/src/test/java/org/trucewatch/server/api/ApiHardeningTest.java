package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.Store;

/** Issue 11, items 4, 6 and 7: headers on every response, Jetty's errors as JSON, bounded uploads, no server paths. */
class ApiHardeningTest {

  private static final Map<String, String> HEADERS = Map.of(
      "content-security-policy", SecurityHeaders.CONTENT_SECURITY_POLICY,
      "x-content-type-options", "nosniff",
      "x-frame-options", "DENY",
      "referrer-policy", "no-referrer");

  static Path dir;
  static Store store;
  static Javalin app;
  static Fixtures.Http http;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("tw-hardening");
    store = Fixtures.sampleStore(dir);
    var writer = new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK);
    TrucewatchConfig.Server d = TrucewatchConfig.defaults().server();
    // one upload at a time, 2 s each at most, so that the test sees 503 and 408 quickly
    TrucewatchConfig.Server config = new TrucewatchConfig.Server(d.host(), 0, d.tokenEnv(), false, 1 << 20, 1, 2, 1);
    app = new ApiServer(store, writer, config, "tok", Fixtures.CLOCK).create().start("127.0.0.1", 0);
    http = Fixtures.Http.to(app.port());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void hasSecurityHeaders(String what, Map<String, String> headers) {
    HEADERS.forEach((name, value) -> assertThat(headers.get(name)).as(what + ": " + name).isEqualTo(value));
  }

  private static Map<String, String> headersOf(HttpResponse<String> r) {
    Map<String, String> m = new java.util.HashMap<>();
    r.headers().map().forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    return m;
  }

  @Test
  void everyRouteAndFileCarriesTheSecurityHeaders() {
    List<String> paths = new ArrayList<>(List.of("/", "/index.html", "/app.css", "/dashboard.js", "/report.html",
        "/webjars/leaflet/1.9.4/dist/leaflet.js", "/api/nope", "/nope.html", "/api/incidents?limit=x"));
    for (Route r : new ApiServer(store, null, Fixtures.server(1024, false), null, Fixtures.CLOCK).routes()) {
      paths.add(r.path().replaceAll("[{<][^}>]+[}>]", "x") + (r.path().contains("daily") ? "?date=2020-10-25" : ""));
    }
    for (String p : paths) {
      hasSecurityHeaders(p, headersOf(http.get(p)));
    }
    hasSecurityHeaders("POST without a token", headersOf(http.send("POST", "/api/articles", "{}",
        "Content-Type", "application/json")));
  }

  /** A raw request, for what java.net.http refuses to send: the status line, headers and body. */
  private static String raw(String requestLine) throws IOException {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void malformedUrisAnswerTheJsonErrorShape() throws Exception {
    for (String uri : List.of("/api/%zz", "/api/articles/%C0%AE", "/%2e%2e/%2e%2e/etc/passwd", "/api/inc%")) {
      String answer = raw("GET " + uri + " HTTP/1.1");
      assertThat(answer).as(uri).startsWith("HTTP/1.1 400");
      String lower = answer.toLowerCase(java.util.Locale.ROOT);
      assertThat(lower).as(uri).contains("content-type: application/json").contains("x-frame-options: deny")
          .contains("content-security-policy: ").doesNotContain("<html");
      JsonNode body = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("status").asInt()).isEqualTo(400);
      assertThat(body.get("error").asText()).isEqualTo("bad_request");
      assertThat(body.get("detail").asText()).doesNotContain("Exception");
    }
  }

  /** Opens an authenticated upload that declares 1,000 bytes and sends one. */
  private static Socket slowUpload() throws IOException {
    Socket s = new Socket("127.0.0.1", app.port());
    s.setSoTimeout(15_000);
    OutputStream out = s.getOutputStream();
    out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok\r\n"
        + "Content-Type: application/x-ndjson\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return s;
  }

  private static String answer(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] b = new byte[4096];
    int n = in.read(b);
    return n < 0 ? "" : new String(b, 0, n, StandardCharsets.UTF_8);
  }

  @Test
  void slowUploadsAreBoundedInNumberAndTimeWhileReadingGoesOn() throws Exception {
    try (Socket first = slowUpload()) {
      Thread.sleep(300); // the first holds the only upload permit
      HttpResponse<String> second = http.send("POST", "/api/articles", "{\"id\":\"a\",\"text\":\"x\"}\n",
          "Content-Type", "application/x-ndjson", "Authorization", "Bearer tok");
      ApiReadTest.error(second, 503, "too many uploads");
      assertThat(second.headers().firstValue("Retry-After")).contains("5");
      long t0 = System.nanoTime();
      assertThat(http.get("/api/stats").statusCode()).isEqualTo(200);
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
      String late = answer(first);
      assertThat(late).startsWith("HTTP/1.1 408").contains("\"request_timeout\"").doesNotContain("Exception");
    }
  }

  @Test
  void theApiShowsNoAbsoluteServerPath() throws Exception {
    assertThat(Views.shownSource("/srv/crawl/2020/a.txt")).isEqualTo("a.txt");
    assertThat(Views.shownSource("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Views.shownSource("C:\\crawl\\a.txt")).isEqualTo("a.txt");
    assertThat(Views.shownSource("crawl/2020/a.txt")).isEqualTo("crawl/2020/a.txt");
    assertThat(Views.shownSource("-")).isEqualTo("-");
    JsonNode stats = new ObjectMapper().readTree(http.get("/api/stats").body());
    assertThat(stats.get("store").asText()).doesNotContain(dir.toString()).startsWith("sqlite:");
    JsonNode articles = new ObjectMapper().readTree(http.get("/api/articles").body());
    String id = articles.get("items").get(0).get("id").asText();
    JsonNode article = new ObjectMapper().readTree(http.get("/api/articles/"
        + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")).body());
    assertThat(article.get("source").asText()).doesNotStartWith("/");
  }
}
