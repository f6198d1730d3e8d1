package org.trucewatch.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.DocumentHints;
import org.trucewatch.ingest.WebDocuments;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/**
 * The watcher's figures: serves a generated site of N news pages with a news sitemap on 127.0.0.1 ({@link BenchSite}),
 * runs one watcher (the real fetcher, robots.txt and all, into a fresh SQLite store) over it for one round, then a
 * second round that must download nothing, and prints pages fetched and ingested per second, articles, events and
 * incidents stored, and the peak heap in use (sampled every 10 ms; it includes the site's pages, held in memory by
 * the same JVM). The pipeline is warmed on one page first, so that loading its models is not counted. Requests to
 * the host are spaced by HOST_INTERVAL_MS (default 0: the loopback site is ours; the polite default of 2 s would
 * measure the pacing, not the watcher). Not a test: run it by hand.
 *
 * <pre>java -Xmx1g -cp "trucewatch-server/target/trucewatch-server.jar:trucewatch-server/target/lib/*" \
 *     org.trucewatch.watch.WatchBench [ARTICLES] [HOST_INTERVAL_MS]</pre>
 */
public final class WatchBench {

  private WatchBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long interval = args.length > 1 ? Long.parseLong(args[1]) : 0;
    Path dir = Files.createTempDirectory("trucewatch-watchbench-");
    Clock clock = Clock.systemUTC();
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), clock);
    try (BenchSite site = new BenchSite(n, 42)) {
      warm(pipeline, dir, site);
      FetchPolicy d = FetchPolicy.defaults("bench");
      FetchPolicy policy = new FetchPolicy(d.userAgent(), d.timeout(), d.maxBytes(), Duration.ofMillis(interval),
          d.retries(), d.backoff(), d.maxWait(), d.maxRedirects());
      try (Store store = JdbcStore.open(dir.resolve("watch.db").toString())) {
        Watcher watcher = new Watcher(new IngestRun(pipeline, store, clock), store.crawlLog(),
            new HttpFetcher(policy, clock, Sleeper.REAL), clock, Schedule.every(Duration.ofMinutes(15)), () -> false,
            p -> System.err.println("trucewatch: " + p));
        List<WatchSource> sources = List.of(WatchSource.of(site.base + "/news-sitemap.xml"));
        System.gc();
        HeapSampler heap = HeapSampler.start();
        long t0 = System.nanoTime();
        Watcher.Round first = watcher.round(sources);
        double s1 = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Watcher.Round second = watcher.round(sources);
        double s2 = (System.nanoTime() - t1) / 1e9;
        long peak = heap.stop();
        var stats = store.stats();
        System.out.printf(Locale.ROOT, "site: %d pages (%.1f MB) and a news sitemap on %s; host interval %d ms; "
                + "%d cores, max heap %d MB%n", site.size, site.pageBytes() / 1e6, site.base, interval,
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("first round:  " + WatchLoop.describe(first));
        System.out.printf(Locale.ROOT, "  %.1f s: %.1f pages fetched and ingested a second (%.1f ms a page)%n", s1,
            first.pages() / s1, 1000 * s1 / Math.max(1, first.pages()));
        System.out.println("second round: " + WatchLoop.describe(second));
        System.out.printf(Locale.ROOT, "  %.2f s%n", s2);
        System.out.printf(Locale.ROOT, "store: %d articles, %d events, %d incidents; peak heap in use %d MB%n",
            stats.articles(), stats.events(), stats.incidents(), peak >> 20);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Loads the pipeline's models on one page, into a throw-away store. */
  private static void warm(Pipeline pipeline, Path dir, BenchSite site) throws IOException {
    try (Store warm = JdbcStore.open(dir.resolve("warm.db").toString())) {
      String page = "<html><head><meta property=\"article:published_time\" content=\"2025-05-02T09:00:00Z\"></head>"
          + "<body><article><h1>Warm</h1><p>Russian forces shelled Kharkiv on Thursday, killing two civilians, the "
          + "governor said.</p></article></body></html>";
      new IngestRun(pipeline, warm, Clock.systemUTC()).run((sink, w) -> sink.accept(WebDocuments.page(site.base
          + "/warm", page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "utf-8", DocumentHints.NONE)),
          l -> { }, p -> { });
    }
  }

  /** The most heap in use, sampled by a daemon thread. */
  private static final class HeapSampler {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    static HeapSampler start() {
      HeapSampler h = new HeapSampler();
      h.thread = new Thread(() -> {
        Runtime rt = Runtime.getRuntime();
        while (h.running) {
          h.max.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      h.thread.setDaemon(true);
      h.thread.start();
      return h;
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return max.get();
    }
  }
}
