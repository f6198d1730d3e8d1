package org.trucewatch.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Main;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.watch.LoopbackSite.Reply;

/** The kinds of source (sitemaps, sitemap indexes, pages, sources files) against a site on 127.0.0.1. */
class WatchSourcesTest {

  private static Pipeline pipeline;

  @TempDir Path dir;
  private final FakeTime time = new FakeTime();
  private final List<String> problems = new ArrayList<>();
  private LoopbackSite site;
  private Store store;

  @BeforeAll
  static void pipeline() {
    pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"),
        ZoneOffset.UTC));
  }

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite(time).open();
    store = JdbcStore.open(dir.resolve("watch.db").toString(), time, Map.of());
  }

  @AfterEach
  void stop() {
    site.close();
    store.close();
  }

  private Watcher watcher(Duration timeout, int retries, java.util.function.BooleanSupplier stopping) {
    FetchPolicy policy = new FetchPolicy("TruceWatch/test (+https://github.com/trucewatch)", timeout, 64 * 1024,
        Duration.ofSeconds(2), retries, Duration.ofSeconds(1), Duration.ofMinutes(5), 5);
    return new Watcher(new IngestRun(pipeline, store, time), store.crawlLog(), new HttpFetcher(policy, time,
        time::sleep), time, Schedule.every(Duration.ofMinutes(15)), stopping, problems::add);
  }

  private Watcher watcher(Duration timeout, int retries) {
    return watcher(timeout, retries, () -> false);
  }

  private Watcher watcher() {
    return watcher(Duration.ofSeconds(5), 3);
  }

  private static final String SHELLING = "Two civilians were killed when shells struck a market in Avdiivka on "
      + "Saturday, regional officials said.";
  private static final String TALKS = "Negotiators met in Geneva on Friday to discuss the prisoner exchange, a "
      + "spokesman said.";

  private String newsEntry(String url, String title, String date) {
    return "<url><loc>" + url + "</loc><news:news><news:publication><news:name>Sitemap Wire</news:name>"
        + "<news:language>en</news:language></news:publication><news:publication_date>" + date
        + "</news:publication_date><news:title>" + title + "</news:title></news:news></url>";
  }

  private static String urlset(String... entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" + String.join("", entries) + "</urlset>";
  }

  private static String plainEntry(String url, String lastmod) {
    return "<url><loc>" + url + "</loc>" + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>") + "</url>";
  }

  @Test
  void aNewsSitemapsPagesAreIngestedWithItsDatesTitlesAndPublicationAndNoOtherHostIsAsked() throws IOException {
    try (LoopbackSite other = new LoopbackSite(time).open()) {
      site.routes.put("/news.xml", LoopbackSite.tagged("application/xml", urlset(
          newsEntry(site.base + "/n/1.html", "Market shelled in Avdiivka", "2025-05-30T09:00:00+00:00"),
          newsEntry(site.base + "/n/2.html", "Talks in Geneva", "2025-05-29T18:30:00Z"),
          newsEntry(other.base + "/n/3.html", "Elsewhere", "2025-05-29T18:30:00Z")), "\"s1\""));
      site.routes.put("/n/1.html", LoopbackSite.tagged("text/html", LoopbackSite.page("x", SHELLING, null), "\"a\""));
      site.routes.put("/n/2.html", LoopbackSite.tagged("text/html", LoopbackSite.page("y", TALKS, null), "\"b\""));

      Watcher.Round r = watcher().round(List.of(WatchSource.of(site.base + "/news.xml")));

      assertThat(r.ingested().stored()).as(problems.toString()).isEqualTo(2);
      var a = store.article(site.base + "/n/1.html").orElseThrow().article();
      assertThat(a.published().value()).startsWith("2025-05-30"); // the page has no date: the sitemap's
      assertThat(a.outlet()).isEqualTo("Sitemap Wire");
      assertThat(other.hits).isEmpty(); // a sitemap lists its own host's pages only
      assertThat(store.crawlLog().get(site.base + "/n/2.html").orElseThrow().source())
          .isEqualTo(site.base + "/news.xml");
    }
  }

  @Test
  void aSitemapIndexIsFollowedAndAChildItCallsUnchangedIsNotAskedAgain() {
    site.routes.put("/s1.xml", ex -> Reply.of(200, "text/xml", urlset(plainEntry(site.base + "/p/1.html", null))));
    site.routes.put("/s2.xml", ex -> Reply.of(200, "text/xml", urlset(plainEntry(site.base + "/p/2.html", null))));
    site.routes.put("/p/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("a", SHELLING,
        "2025-05-31T10:00:00Z")));
    site.routes.put("/p/2.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("b", TALKS,
        "2025-05-31T10:00:00Z")));
    site.routes.put("/p/3.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("c", TALKS + " Again.",
        "2025-06-01T09:00:00Z")));
    String index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + site.base + "/s1.xml</loc><lastmod>2025-05-01</lastmod></sitemap>"
        + "<sitemap><loc>" + site.base + "/s2.xml</loc><lastmod>%s</lastmod></sitemap></sitemapindex>";
    site.routes.put("/index.xml", ex -> Reply.of(200, "text/xml", String.format(index, "2025-05-01")));
    List<WatchSource> sources = List.of(WatchSource.of(site.base + "/index.xml"));

    assertThat(watcher().round(sources).ingested().stored()).as(problems.toString()).isEqualTo(2);

    // s2 changes after our fetch (its lastmod in the index moves) and lists a third page; s1 is left alone
    time.sleep(Duration.ofHours(2));
    site.routes.put("/index.xml", ex -> Reply.of(200, "text/xml", String.format(index, "2025-06-01T09:30:00Z")));
    site.routes.put("/s2.xml", ex -> Reply.of(200, "text/xml", urlset(plainEntry(site.base + "/p/2.html", null),
        plainEntry(site.base + "/p/3.html", null))));
    site.hits.clear();
    Watcher.Round second = watcher().round(sources);

    assertThat(second.ingested().stored()).isEqualTo(1);
    assertThat(site.hits("/s1.xml")).isEmpty();
    assertThat(site.hits("/s2.xml")).hasSize(1);
    assertThat(site.hits("/p/2.html")).isEmpty(); // fetched two hours ago: not due for its re-check
    assertThat(store.article(site.base + "/p/3.html")).isPresent();
    assertThat(store.crawlLog().get(site.base + "/s2.xml").orElseThrow().kind()).isEqualTo(Watcher.SITEMAP);
  }

  @Test
  void aPageSourceIsIngestedAnUnchangedOneCostsA304AndAChangedOneIsStoredAgain() {
    String url = site.base + "/live.html";
    site.routes.put("/live.html", LoopbackSite.tagged("text/html; charset=utf-8",
        LoopbackSite.page("Live", SHELLING, "2025-06-01T07:00:00Z"), "\"v1\""));
    List<WatchSource> sources = List.of(WatchSource.of(url));
    assertThat(watcher().round(sources).ingested().stored()).isEqualTo(1);

    time.sleep(Duration.ofMinutes(15));
    Watcher.Round same = watcher().round(sources);
    assertThat(same.unchanged()).isEqualTo(1);
    assertThat(same.downloads()).isZero();

    time.sleep(Duration.ofMinutes(15));
    site.routes.put("/live.html", LoopbackSite.tagged("text/html; charset=utf-8",
        LoopbackSite.page("Live", TALKS, "2025-06-01T07:00:00Z"), "\"v2\""));
    Watcher.Round changed = watcher().round(sources);
    assertThat(changed.ingested().stored()).isEqualTo(1);
    assertThat(store.article(url).orElseThrow().article().body()).contains("Geneva").doesNotContain("Avdiivka");
    assertThat(store.stats().articles()).isEqualTo(1); // replaced, not added
  }

  @Test
  void aSourcesFilesOutletLanguageAndConflictReachTheStoredArticle() throws Exception {
    site.routes.put("/feed.xml", ex -> Reply.of(200, "application/rss+xml", "<?xml version=\"1.0\"?><rss "
        + "version=\"2.0\"><channel><title>Feed Name</title><item><title>One</title><link>" + site.base
        + "/f/1.html</link></item></channel></rss>"));
    site.routes.put("/f/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("One", SHELLING,
        "2025-05-31T10:00:00Z")));
    Path file = dir.resolve("sources.txt");
    Files.writeString(file, "# watched\n\n" + site.base + "/feed.xml  kind=feed outlet=\"Kyiv Independent\" "
        + "language=EN conflict=Donbas\n");
    List<WatchSource> sources = SourcesFile.parse(List.of(file.toString()));
    assertThat(sources).containsExactly(new WatchSource(site.base + "/feed.xml", WatchSource.Kind.FEED,
        "Kyiv Independent", "en", "donbas"));

    watcher().round(sources);
    var a = store.article(site.base + "/f/1.html").orElseThrow().article();
    assertThat(a.outlet()).isEqualTo("Kyiv Independent");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.conflict()).isEqualTo("donbas");
  }

  @Test
  void aMalformedSourcesLineIsOneErrorNamingTheFileAndLine() throws IOException {
    Path file = dir.resolve("bad.txt");
    for (String[] c : new String[][] {
        {"http://127.0.0.1:9/a.xml colour=red", "unknown key 'colour'"},
        {"www.example.org/feed", "must start with an http(s) address"},
        {"http://127.0.0.1:9/a.xml kind=podcast", "kind must be auto, feed, sitemap or page"},
        {"http://127.0.0.1:9/a.xml outlet=\"Kyiv", "double quote is not closed"},
        {"http://127.0.0.1:9/a.xml language=english", "language must be"},
        {"http://127.0.0.1:9/a.xml conflict=\"gaza strip\"", "conflict must be a profile id"},
        {"http://127.0.0.1:9/a.xml Kyiv Independent", "'Kyiv' is not key=value"}}) {
      Files.writeString(file, "http://127.0.0.1:9/ok.xml\n# fine\n" + c[0] + "\n");
      assertThatThrownBy(() -> SourcesFile.parse(List.of(file.toString())))
          .isInstanceOf(SourcesFile.Malformed.class).hasMessageContaining(file + ":3: ").hasMessageContaining(c[1]);
    }
    assertThatThrownBy(() -> SourcesFile.parse(List.of(dir.resolve("none.txt").toString())))
        .hasMessageContaining("none.txt: neither an http(s) address nor a readable sources file");
    // both front ends: a usage error (exit 2) naming the line, before anything is fetched or served
    Files.writeString(file, "http://127.0.0.1:9/a.xml colour=red\n");
    for (String command : new String[] {"watch", "serve"}) {
      String[] r = command.equals("watch") ? run("watch", "--db", dir.resolve("u.db").toString(), file.toString())
          : run("serve", "--db", dir.resolve("u.db").toString(), "--port", "0", "--watch", file.toString());
      assertThat(r[0]).isEqualTo(String.valueOf(Main.USAGE));
      assertThat(r[2]).contains(file + ":1: unknown key 'colour'");
    }
    // a conflict no profile has: a typo would file a desk's feed under no war, so it stops the command too
    Files.writeString(file, "http://127.0.0.1:9/a.xml conflict=narnia\n");
    for (String command : new String[] {"watch", "serve"}) {
      String[] r = command.equals("watch") ? run("watch", "--db", dir.resolve("u.db").toString(), file.toString())
          : run("serve", "--db", dir.resolve("u.db").toString(), "--port", "0", "--watch", file.toString());
      assertThat(r[0]).isEqualTo(String.valueOf(Main.USAGE));
      assertThat(r[2]).contains("http://127.0.0.1:9/a.xml: conflict 'narnia' is not a profile (").contains("donbas");
    }
  }

  @Test
  void aTimeoutAndASourceOfNoKnownKindFailAndTheOthersGoOn() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    site.routes.put("/slow.html", ex -> {
      asked.incrementAndGet(); // counted on arrival: the site records a hit only once it answers
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.of(200, "text/html", "late");
    });
    site.routes.put("/doc.pdf", ex -> Reply.of(200, "application/pdf", "%PDF-1.4"));
    site.routes.put("/ok.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("Ok", SHELLING,
        "2025-05-31T10:00:00Z")));
    Watcher.Round r = watcher(Duration.ofMillis(300), 1).round(List.of(WatchSource.of(site.base + "/slow.html"),
        WatchSource.of(site.base + "/doc.pdf"), WatchSource.of(site.base + "/ok.html")));
    assertThat(r.ingested().stored()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(2);
    assertThat(problems).anyMatch(p -> p.contains("/slow.html") && p.contains("no answer") && p.contains("imed"));
    assertThat(problems).anyMatch(p -> p.contains("/doc.pdf") && p.contains("neither an RSS/Atom feed, a sitemap nor"));
    CrawlState slow = store.crawlLog().get(site.base + "/slow.html").orElseThrow();
    assertThat(slow.status()).isZero();
    assertThat(slow.failures()).isEqualTo(1);
    assertThat(asked.get()).isEqualTo(2); // asked, retried once
  }

  @Test
  void aSecondWatchOnceDownloadsNothingAgainAndStoresNothingNew() {
    site.routes.put("/feed.xml", LoopbackSite.tagged("application/rss+xml", "<?xml version=\"1.0\"?><rss version="
        + "\"2.0\"><channel><title>T</title><item><title>One</title><link>" + site.base + "/c/1.html</link></item>"
        + "</channel></rss>", "\"f\""));
    site.routes.put("/c/1.html", LoopbackSite.tagged("text/html", LoopbackSite.page("One", SHELLING,
        "2025-05-31T10:00:00Z"), "\"c\""));
    String db = dir.resolve("cli.db").toString();
    String[] first = run("watch", "--db", db, "--once", site.base + "/feed.xml");
    assertThat(first[1]).as(first[2]).contains("2 downloaded").contains("1 stored");
    long requests = site.hits.size();
    String[] second = run("watch", "--db", db, "--once", site.base + "/feed.xml");
    assertThat(second[1]).as(second[2]).contains("1 unchanged (304)").contains("0 downloaded; 0 stored");
    assertThat(site.hits.subList((int) requests, site.hits.size())).extracting(LoopbackSite.Hit::status)
        .containsOnly(200, 304).filteredOn(s -> s == 200).hasSize(1); // robots.txt only: a new process asks anew
    assertThat(site.full("/feed.xml")).isEqualTo(1);
    assertThat(site.full("/c/1.html")).isEqualTo(1);
  }

  @Test
  void aRoundStoppedHalfWayReadsItsSourceAgainInFullNextTime() {
    site.routes.put("/feed.xml", LoopbackSite.tagged("application/rss+xml", "<?xml version=\"1.0\"?><rss version="
        + "\"2.0\"><channel><title>T</title><item><title>One</title><link>" + site.base + "/h/1.html</link></item>"
        + "<item><title>Two</title><link>" + site.base + "/h/2.html</link></item></channel></rss>", "\"f\""));
    site.routes.put("/h/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("One", SHELLING,
        "2025-05-31T10:00:00Z")));
    site.routes.put("/h/2.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("Two", TALKS,
        "2025-05-31T10:00:00Z")));
    List<WatchSource> sources = List.of(WatchSource.of(site.base + "/feed.xml"));
    // SIGTERM once the first page is in: the round ends before the second
    watcher(Duration.ofSeconds(5), 3, () -> site.full("/h/1.html") == 1).round(sources);
    assertThat(site.hits("/h/2.html")).isEmpty();
    CrawlState feed = store.crawlLog().get(site.base + "/feed.xml").orElseThrow();
    assertThat(feed.lastFetch()).isNotNull(); // status shows it was read...
    assertThat(feed.etag()).isNull(); // ...but it is not taken as read: no 304 may hide the second page

    time.sleep(Duration.ofMinutes(15));
    Watcher.Round next = watcher().round(sources);
    assertThat(site.full("/feed.xml")).isEqualTo(2);
    assertThat(next.ingested().stored()).isEqualTo(1);
    assertThat(store.article(site.base + "/h/2.html")).isPresent();
    assertThat(store.crawlLog().get(site.base + "/feed.xml").orElseThrow().etag()).isEqualTo("\"f\"");
  }

  @Test
  void aRoundThatDownloadsNothingMakesNoPassOverTheStoredArticles() {
    site.routes.put("/live.html", LoopbackSite.tagged("text/html", LoopbackSite.page("Live", SHELLING,
        "2025-06-01T07:00:00Z"), "\"v1\""));
    int[] passes = {0};
    Store counting = (Store) java.lang.reflect.Proxy.newProxyInstance(Store.class.getClassLoader(),
        new Class<?>[] {Store.class}, (proxy, m, args) -> {
          if (m.getName().equals("forEachArticle")) {
            passes[0]++;
          }
          try {
            return m.invoke(store, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    Watcher w = new Watcher(new IngestRun(pipeline, counting, time), store.crawlLog(), new HttpFetcher(
        new FetchPolicy("TruceWatch/test", Duration.ofSeconds(5), 64 * 1024, Duration.ofSeconds(2), 3,
            Duration.ofSeconds(1), Duration.ofMinutes(5), 5), time, time::sleep), time,
        Schedule.every(Duration.ofMinutes(15)), () -> false, problems::add);
    List<WatchSource> sources = List.of(WatchSource.of(site.base + "/live.html"));
    assertThat(w.round(sources).ingested().stored()).isEqualTo(1);
    assertThat(passes[0]).isEqualTo(1); // the syndication index, rebuilt when the first page arrived
    time.sleep(Duration.ofMinutes(15));
    assertThat(w.round(sources).unchanged()).isEqualTo(1);
    assertThat(passes[0]).isEqualTo(1); // all 304: nothing to cluster, no pass over the store
  }

  /** Runs the command line; returns {exit code, standard output, standard error}. */
  private static String[] run(String... args) {
    org.trucewatch.server.CliRun.Run r = org.trucewatch.server.CliRun.run(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }
}
