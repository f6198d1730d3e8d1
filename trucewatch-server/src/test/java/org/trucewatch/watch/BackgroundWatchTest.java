package org.trucewatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.watch.LoopbackSite.Reply;

/** The watcher of {@code serve --watch}: runs in its own thread over the server's store and stops when closed. */
class BackgroundWatchTest {

  @TempDir Path dir;

  @Test
  void watchesInTheBackgroundUnderTheLockAndStopsWhenClosed() throws Exception {
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"),
        ZoneOffset.UTC));
    StringWriter log = new StringWriter();
    Object lock = new Object();
    try (LoopbackSite site = new LoopbackSite(Clock.systemUTC()).open();
        Store store = JdbcStore.open(dir.resolve("w.db").toString())) {
      site.routes.put("/feed.xml", ex -> Reply.of(200, "application/rss+xml", "<?xml version=\"1.0\"?><rss "
          + "version=\"2.0\"><channel><title>T</title><item><title>One</title><link>" + site.base + "/1.html</link>"
          + "</item></channel></rss>"));
      site.routes.put("/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("One", "Two civilians were "
          + "killed when shells struck a market in Avdiivka on Saturday, officials said.", "2025-05-31T10:00:00Z")));
      BackgroundWatch watch;
      synchronized (lock) { // while the server holds its write lock, nothing is stored
        watch = BackgroundWatch.start(pipeline, store, List.of(WatchSource.of(site.base + "/feed.xml")),
            Schedule.every(Duration.ofHours(1)), lock, new PrintWriter(log));
        waitFor(() -> site.full("/1.html") == 1);
        Thread.sleep(200);
        assertThat(store.stats().articles()).isZero();
      }
      waitFor(() -> log.toString().contains("1 stored"));
      assertThat(store.article(site.base + "/1.html")).isPresent();
      assertThat(watch.running()).isTrue(); // waiting for its next round, an hour away
      watch.close();
      assertThat(watch.running()).isFalse();
    }
  }

  /** Waits for a condition the background thread brings about (at most 60 s: a hung watcher fails the test). */
  private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(done.getAsBoolean()).isTrue();
  }
}
