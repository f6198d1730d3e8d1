package org.trucewatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/** The watcher against an in-process HTTP server on 127.0.0.1; a fake clock and sleeper, so nothing waits. */
class WatcherTest {

  private static Pipeline pipeline;

  /** A clock the sleeper moves forward. */

  /** A scripted answer: status, headers, body. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply of(int status, String type, String body) {
      return new Reply(status, type == null ? Map.of() : Map.of("Content-Type", type),
          body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What the server saw. */
  record Hit(String path, String userAgent, String ifNoneMatch, int status, int bytes) {}

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Map<String, java.util.function.Function<HttpExchange, Reply>> routes = new HashMap<>();
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final FakeTime time = new FakeTime();
  private final List<String> problems = new ArrayList<>();
  private Store store;

  @BeforeAll
  static void pipeline() {
    pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"),
        ZoneOffset.UTC));
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      var route = routes.get(ex.getRequestURI().getPath());
      Reply r = route == null ? Reply.of(404, "text/plain", "no") : route.apply(ex);
      r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      boolean empty = r.status() == 304 || r.body().length == 0;
      ex.sendResponseHeaders(r.status(), empty ? -1 : r.body().length);
      hits.add(new Hit(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("User-Agent"),
          ex.getRequestHeaders().getFirst("If-None-Match"), r.status(), empty ? 0 : r.body().length));
      if (!empty) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(r.body());
        }
      }
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    store = JdbcStore.open(dir.resolve("watch.db").toString(), time, Map.of());
  }

  @AfterEach
  void stop() {
    server.stop(0);
    store.close();
  }

  @AfterAll
  static void done() {
    pipeline = null;
  }

  private Watcher watcher() {
    FetchPolicy policy = new FetchPolicy("TruceWatch/test (+https://github.com/trucewatch)", Duration.ofSeconds(5),
        64 * 1024, Duration.ofSeconds(2), 3, Duration.ofSeconds(1), Duration.ofMinutes(5), 5);
    HttpFetcher fetcher = new HttpFetcher(policy, time, time::sleep);
    return new Watcher(new IngestRun(pipeline, store, time), store.crawlLog(), fetcher, time,
        Schedule.every(Duration.ofMinutes(15)), () -> false, problems::add);
  }

  private static String page(String title, String text) {
    return "<!doctype html><html><head><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2025-05-31T10:00:00Z\"></head><body><article><h1>"
        + title + "</h1><p>" + text + "</p><p>" + text + " Officials said the talks would resume on Monday.</p>"
        + "</article></body></html>";
  }

  private String feed(String... paths) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title>");
    int i = 0;
    for (String p : paths) {
      sb.append("<item><title>Story ").append(++i).append("</title><link>").append(base).append(p)
          .append("</link><guid>").append(base).append(p).append("</guid></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  /** Answers 304 when the request's If-None-Match is the tag, else the body with the tag. */
  private static java.util.function.Function<HttpExchange, Reply> tagged(String type, String body, String etag) {
    return ex -> etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))
        ? new Reply(304, Map.of("ETag", etag), new byte[0])
        : new Reply(200, Map.of("Content-Type", type, "ETag", etag), body.getBytes(StandardCharsets.UTF_8));
  }

  private void site(String... paths) {
    routes.put("/robots.txt", ex -> Reply.of(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    routes.put("/feed.xml", tagged("application/rss+xml", feed(paths), "\"f1\""));
    routes.put("/a/1.html", tagged("text/html; charset=utf-8", page("Shelling in Avdiivka",
        "Two civilians were killed when shells struck a market in Avdiivka on Saturday, regional officials said."),
        "\"p1\""));
    routes.put("/a/2.html", tagged("text/html", page("Talks in Geneva",
        "Negotiators met in Geneva on Friday to discuss the prisoner exchange, a spokesman said."), "\"p2\""));
    routes.put("/private/3.html", ex -> Reply.of(200, "text/html", page("Secret", "Never to be fetched at all.")));
  }

  private long full(String path) {
    return hits.stream().filter(h -> h.path().equals(path) && h.status() == 200).count();
  }

  @Test
  void feedPagesAreIngestedOnceAndTheSecondRoundIsAll304() {
    site("/a/1.html", "/a/2.html", "/private/3.html");
    Watcher.Round first = watcher().round(List.of(WatchSource.of(base + "/feed.xml")));

    assertThat(first.ingested().stored()).isEqualTo(2);
    assertThat(store.article(base + "/a/1.html")).isPresent();
    assertThat(store.article(base + "/a/2.html")).isPresent();
    assertThat(hits).noneMatch(h -> h.path().startsWith("/private/"));
    assertThat(problems).anyMatch(p -> p.contains("/private/3.html") && p.contains("robots.txt"));
    assertThat(hits).allMatch(h -> h.userAgent().startsWith("TruceWatch/"));
    assertThat(store.crawlLog().get(base + "/a/1.html").orElseThrow().etag()).isEqualTo("\"p1\"");

    hits.clear();
    problems.clear();
    time.sleep(Duration.ofMinutes(15));
    Watcher.Round second = watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    assertThat(second.downloads()).isZero();
    assertThat(second.ingested().stored()).isZero();
    assertThat(hits).filteredOn(h -> !h.path().equals("/robots.txt")).allMatch(h -> h.status() == 304);
    assertThat(full("/feed.xml")).isZero();
  }

  @Test
  void pagesAreRecheckedConditionallyWhenTheFeedChanges() {
    site("/a/1.html");
    watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    routes.put("/feed.xml", tagged("application/rss+xml", feed("/a/1.html", "/a/2.html"), "\"f2\""));
    time.sleep(Duration.ofDays(2));
    hits.clear();
    Watcher.Round r = watcher().round(List.of(WatchSource.of(base + "/feed.xml").withOutlet("Test Outlet")));
    assertThat(r.ingested().stored()).isEqualTo(1);
    assertThat(hits).filteredOn(h -> h.path().equals("/a/1.html")).singleElement()
        .satisfies(h -> assertThat(h.status()).isEqualTo(304));
    assertThat(store.article(base + "/a/2.html").orElseThrow().article().outlet()).isEqualTo("Test Outlet");
  }

  @Test
  void a429WithRetryAfterIsWaitedOutThenFetched() {
    site("/a/1.html");
    AtomicInteger n = new AtomicInteger();
    var ok = routes.get("/a/1.html");
    routes.put("/a/1.html", ex -> n.incrementAndGet() == 1
        ? new Reply(429, Map.of("Retry-After", "30"), new byte[0]) : ok.apply(ex));
    Watcher.Round r = watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    assertThat(r.ingested().stored()).isEqualTo(1);
    assertThat(n.get()).isEqualTo(2);
    assertThat(time.slept).contains(Duration.ofSeconds(30));
  }

  @Test
  void a500IsRetriedWithBackoffThenSucceeds() {
    site("/a/1.html");
    AtomicInteger n = new AtomicInteger();
    var ok = routes.get("/a/1.html");
    routes.put("/a/1.html", ex -> n.incrementAndGet() <= 2 ? Reply.of(500, "text/plain", "oops") : ok.apply(ex));
    Watcher.Round r = watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    assertThat(r.ingested().stored()).isEqualTo(1);
    assertThat(n.get()).isEqualTo(3);
    assertThat(time.slept).contains(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(problems).isEmpty();
  }

  @Test
  void aFeedThatKeepsFailingIsReportedRetriedNextRoundAndTheOthersGoOn() {
    site("/a/1.html");
    routes.put("/down.xml", ex -> Reply.of(503, "text/plain", "down"));
    Watcher.Round r = watcher().round(List.of(WatchSource.of(base + "/down.xml"),
        WatchSource.of(base + "/feed.xml")));
    assertThat(r.ingested().stored()).isEqualTo(1);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("/down.xml").contains("503"));
    CrawlState s = store.crawlLog().get(base + "/down.xml").orElseThrow();
    assertThat(s.failures()).isEqualTo(1);
    assertThat(s.dueAt(time.instant())).isFalse(); // it backs off a round
    // the next round, at 08:15, with a minute's leeway for a round (a cron job) that starts a little early
    assertThat(s.nextDue()).isEqualTo(Instant.parse("2025-06-01T08:14:00Z"));
    assertThat(hits).filteredOn(h -> h.path().equals("/down.xml")).hasSize(4); // 1 + 3 retries
  }

  @Test
  void aRedirectLoopAnOversizedPageAndANonHtmlPageAreRefused() {
    site("/loop/a", "/big.html", "/doc.pdf", "/moved", "/a/1.html");
    routes.put("/loop/a", ex -> new Reply(302, Map.of("Location", "/loop/b"), new byte[0]));
    routes.put("/loop/b", ex -> new Reply(301, Map.of("Location", base + "/loop/a"), new byte[0]));
    routes.put("/big.html", ex -> new Reply(200, Map.of("Content-Type", "text/html"), new byte[100 * 1024]));
    routes.put("/doc.pdf", ex -> Reply.of(200, "application/pdf", "%PDF-1.4 not a page"));
    routes.put("/moved", ex -> new Reply(301, Map.of("Location", "/a/2.html"), new byte[0]));
    Watcher.Round r = watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    assertThat(problems).anyMatch(p -> p.contains("/loop/a") && p.contains("redirect loop"));
    assertThat(problems).anyMatch(p -> p.contains("/big.html") && p.contains("larger than the limit"));
    assertThat(problems).anyMatch(p -> p.contains("/doc.pdf") && p.contains("not an HTML page"));
    assertThat(r.ingested().stored()).isEqualTo(2); // /moved (to /a/2.html) and /a/1.html
    assertThat(store.article(base + "/moved")).isPresent();
    assertThat(store.crawlLog().get(base + "/big.html").orElseThrow().nextDue()).isAfter(time.instant());
  }

  @Test
  void requestsToOneHostAreKeptApart() {
    site("/a/1.html", "/a/2.html");
    watcher().round(List.of(WatchSource.of(base + "/feed.xml")));
    // robots.txt, feed, two pages: three gaps of the 2 s interval, waited on the fake clock
    assertThat(time.slept).hasSize(3).allMatch(d -> d.equals(Duration.ofSeconds(2)));
  }
}
