package org.trucewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.watch.FakeTime;
import org.trucewatch.watch.FetchPolicy;
import org.trucewatch.watch.HttpFetcher;
import org.trucewatch.watch.Watcher;

/**
 * Watching with alerts end to end on 127.0.0.1: a feed of the five sample articles (as HTML pages) is watched once,
 * each incident it yields is posted to the webhook once; a second round after a restart, over the unchanged feed,
 * downloads nothing again in full and posts nothing.
 */
class WatchAlertsTest {

  @TempDir Path dir;
  private HttpServer site;
  private String base;
  private final Map<String, byte[]> pages = new HashMap<>();
  private final List<String> hits = Collections.synchronizedList(new ArrayList<>());
  private final FakeTime time = new FakeTime();
  private WebhookReceiver hook;

  @BeforeEach
  void start() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body = pages.get(path);
      String etag = "\"" + path.hashCode() + "\"";
      int status = body == null ? 404 : etag.equals(ex.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200;
      hits.add(path + " " + status);
      if (status == 200) {
        ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(body);
        }
      } else {
        ex.sendResponseHeaders(status, -1);
      }
      ex.close();
    });
    site.start();
    base = "http://127.0.0.1:" + site.getAddress().getPort();
    hook = new WebhookReceiver();
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Samples</title>");
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("..", "data", "samples"))) {
      samples = s.sorted().toList();
    }
    for (Path p : samples) {
      String name = "/s/" + p.getFileName().toString().replace(".txt", ".html");
      pages.put(name, html(Files.readString(p)).getBytes(StandardCharsets.UTF_8));
      feed.append("<item><title>").append(name).append("</title><link>").append(base).append(name)
          .append("</link></item>");
    }
    pages.put("/feed.xml", feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    site.stop(0);
    hook.close();
  }

  /** A plain-text sample page as a bare HTML page, a paragraph a line. */
  static String html(String text) {
    StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sample</title>"
        + "</head><body><article>");
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
      }
    }
    return sb.append("</article></body></html>").toString();
  }

  /** One round, as {@code watch --once --alert-webhook URL} runs it: a fresh store, watcher and alerter. */
  private Watcher.Round round(List<Alerter.Report> reports) {
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), time);
    try (Store store = JdbcStore.open(dir.resolve("w.db").toString(), time, Map.of())) {
      TrucewatchConfig.Alerts policy = TrucewatchConfig.defaults().alerts();
      Alerter alerter = new Alerter(store, AlertRule.all(policy, List.of(hook.url("/hook")), pipeline), policy,
          new WebhookPoster(Duration.ofSeconds(5), "TruceWatch/test"), time, time::sleep, () -> false, p -> { });
      HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults("test"), time, time::sleep);
      Watcher w = new Watcher(new IngestRun(pipeline, store, time), store.crawlLog(), fetcher, time,
          org.trucewatch.watch.Schedule.every(Duration.ofMinutes(15)), () -> false, p -> { }, new Object(),
          r -> reports.add(alerter.run()));
      Watcher.Round r = w.round(List.of(org.trucewatch.watch.WatchSource.of(base + "/feed.xml")));
      reports.add(new Alerter.Report(store.incidents(IncidentQuery.all()).size(), 0, 0, 0));
      return r;
    }
  }

  @Test
  void aSecondWatchOfTheUnchangedFeedSendsNoAlertAgain() {
    List<Alerter.Report> reports = new ArrayList<>();
    Watcher.Round first = round(reports);
    int incidents = reports.get(1).queued();
    assertThat(first.ingested().stored()).isEqualTo(5);
    assertThat(incidents).isGreaterThan(5);
    assertThat(reports.get(0)).isEqualTo(new Alerter.Report(incidents, incidents, 0, 0));
    assertThat(hook.accepted()).hasSize(incidents);
    assertThat(hook.received).extracting(WebhookReceiver.Received::alertId).doesNotHaveDuplicates();

    time.sleep(Duration.ofMinutes(15));
    hits.clear();
    Watcher.Round second = round(reports);

    assertThat(second.downloads()).isZero();
    assertThat(second.ingested().stored()).isZero();
    assertThat(hits).contains("/feed.xml 304").noneMatch(h -> h.endsWith(" 200"));
    assertThat(reports.get(2)).isEqualTo(new Alerter.Report(0, 0, 0, 0));
    assertThat(hook.received).hasSize(incidents);
  }
}
