package org.trucewatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.watch.LoopbackSite.Hit;
import org.trucewatch.watch.LoopbackSite.Reply;

/**
 * Six hours of watching two hosts on 127.0.0.1, simulated on a clock that only the sleeper moves: rounds every 15
 * minutes, a source failing for two hours backing off (15 min, 30 min, 1 h, 2 h), a Retry-After of two hours
 * honoured, and never two requests to one host less than 2 s apart. The real fetcher, the real loop, the real store.
 */
class WatchScheduleTest {

  private static final Instant START = Instant.parse("2025-06-01T08:00:00Z");

  @TempDir Path dir;

  @Test
  void sixHoursKeepTheScheduleTheBackoffAndTheHostIntervals() throws Exception {
    FakeTime time = new FakeTime();
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(START, ZoneOffset.UTC));
    List<String> problems = new ArrayList<>();
    try (LoopbackSite a = new LoopbackSite(time).open(); LoopbackSite b = new LoopbackSite(time).open();
        Store store = JdbcStore.open(dir.resolve("w.db").toString(), time, Map.of())) {
      a.routes.put("/feed.xml", LoopbackSite.tagged("application/rss+xml", feed(a, "/a/1.html", "/a/2.html"),
          "\"f1\""));
      a.routes.put("/a/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("Shelling", "Two civilians were "
          + "killed when shells struck a market in Avdiivka on Saturday, officials said.", "2025-05-31T10:00:00Z")));
      a.routes.put("/a/2.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("Talks", "Negotiators met in "
          + "Geneva on Friday to discuss the prisoner exchange, a spokesman said.", "2025-05-31T10:00:00Z")));
      AtomicInteger limited = new AtomicInteger();
      a.routes.put("/limited.xml", ex -> limited.incrementAndGet() == 1
          ? new Reply(429, Map.of("Retry-After", "7200"), new byte[0])
          : Reply.of(200, "application/rss+xml", feed(a, "/a/1.html")));
      Instant upAgain = START.plus(Duration.ofHours(2));
      b.routes.put("/down.xml", ex -> time.instant().isBefore(upAgain) ? Reply.of(500, "text/plain", "down")
          : Reply.of(200, "application/rss+xml", feed(b, "/b/1.html")));
      b.routes.put("/b/1.html", ex -> Reply.of(200, "text/html", LoopbackSite.page("Drones", "Drones struck "
          + "Kharkiv overnight, the regional governor said on Sunday.", "2025-06-01T06:00:00Z")));

      Schedule schedule = Schedule.every(Duration.ofMinutes(15));
      FetchPolicy policy = new FetchPolicy("TruceWatch/test (+https://github.com/trucewatch)", Duration.ofSeconds(5),
          64 * 1024, Duration.ofSeconds(2), 3, Duration.ofSeconds(1), Duration.ofMinutes(5), 5);
      Instant end = START.plus(Duration.ofHours(6));
      java.util.function.BooleanSupplier stopping = () -> !time.instant().isBefore(end);
      Watcher watcher = new Watcher(new IngestRun(pipeline, store, time), store.crawlLog(),
          new HttpFetcher(policy, time, time::sleep), time, schedule, stopping, problems::add);
      List<Watcher.Round> rounds = new ArrayList<>();
      new WatchLoop(watcher, List.of(WatchSource.of(a.base + "/feed.xml"), WatchSource.of(a.base + "/limited.xml"),
          WatchSource.of(b.base + "/down.xml")), schedule, time, time::sleep, stopping).run(rounds::add);

      // the schedule: a round every 15 minutes, each asking the healthy feed once (a 304 after the first)
      assertThat(rounds).hasSize(24);
      assertThat(slots(a.hits("/feed.xml"))).isEqualTo(everySlot(0, 24, 1));
      assertThat(a.hits("/feed.xml")).extracting(Hit::status).containsOnlyOnce(200);
      assertThat(a.full("/a/1.html")).isEqualTo(1); // a stored page is left alone for a day
      assertThat(a.full("/a/2.html")).isEqualTo(1);

      // the backoff: failing rounds 08:00, 08:15, 08:45, 09:45 (4 tries each), then 11:45 and every round after
      Map<Integer, Long> down = new TreeMap<>();
      b.hits("/down.xml").forEach(h -> down.merge(slot(h.at()), 1L, Long::sum));
      Map<Integer, Long> expected = new TreeMap<>(Map.of(0, 4L, 1, 4L, 3, 4L, 7, 4L));
      for (int s = 15; s < 24; s++) {
        expected.put(s, 1L);
      }
      assertThat(down).isEqualTo(expected);
      assertThat(b.full("/b/1.html")).isEqualTo(1);
      assertThat(store.crawlLog().get(b.base + "/down.xml").orElseThrow().failures()).isZero();

      // Retry-After: 7200 (over the 5 minutes waited in place): asked again in the first round two hours later
      List<Hit> lim = a.hits("/limited.xml");
      Duration gap = Duration.between(lim.get(0).at(), lim.get(1).at());
      assertThat(gap).isGreaterThanOrEqualTo(Duration.ofHours(2)).isLessThan(Duration.ofHours(2).plusMinutes(15));
      assertThat(lim).hasSize(1 + 24 - slot(lim.get(1).at()));

      // the rate limit: never two requests to one host less than 2 s apart, whatever the source or retry
      for (LoopbackSite site : List.of(a, b)) {
        List<Instant> at = site.hits.stream().map(Hit::at).sorted().toList();
        for (int i = 1; i < at.size(); i++) {
          assertThat(Duration.between(at.get(i - 1), at.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
      }
      assertThat(store.stats().articles()).isEqualTo(3);
      assertThat(problems).filteredOn(p -> p.contains("/down.xml")).hasSize(4);
    }
  }

  @Test
  void backoffDoublesFromTheIntervalUpToItsCap() {
    Schedule s = Schedule.every(Duration.ofMinutes(15));
    assertThat(s.backoff(1)).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.backoff(2)).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.backoff(5)).isEqualTo(Duration.ofHours(4));
    assertThat(s.backoff(6)).isEqualTo(Duration.ofHours(6));
    assertThat(s.backoff(60)).isEqualTo(Duration.ofHours(6));
    assertThat(Schedule.every(Duration.ofHours(8)).backoff(3)).isEqualTo(Duration.ofHours(8));
  }

  /** The 15-minute round (0 = 08:00) a request fell in. */
  private static int slot(Instant at) {
    return (int) (Duration.between(START, at).toMinutes() / 15);
  }

  private static List<Integer> slots(List<Hit> hits) {
    return hits.stream().map(h -> slot(h.at())).toList();
  }

  private static List<Integer> everySlot(int from, int to, int each) {
    List<Integer> out = new ArrayList<>();
    for (int s = from; s < to; s++) {
      for (int i = 0; i < each; i++) {
        out.add(s);
      }
    }
    return out;
  }

  private static String feed(LoopbackSite site, String... paths) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>");
    for (String p : paths) {
      sb.append("<item><title>").append(p).append("</title><link>").append(site.base).append(p)
          .append("</link></item>");
    }
    return sb.append("</channel></rss>").toString();
  }
}
