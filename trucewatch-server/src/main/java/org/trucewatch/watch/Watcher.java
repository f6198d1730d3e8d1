package org.trucewatch.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.trucewatch.ingest.DocumentHints;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.WebDocuments;
import org.trucewatch.internal.Hashing;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.store.CrawlLog;
import org.trucewatch.store.CrawlState;

/**
 * One round of watching: each feed is fetched (conditionally), then each linked page not yet fetched (or due for a
 * conditional re-check), and each page is ingested as soon as it arrives, exactly as {@code ingest} does, before the
 * next is fetched; the crawl state of every address is written after it is handled. A failing feed or page is reported
 * in one line and retried in a later round; the others go on. Stops between two documents when {@code stopping} says
 * so. Not thread-safe.
 */
public final class Watcher {

  /** What a round did. {@code downloads} counts bodies downloaded in full (feeds and pages). */
  public record Round(int feeds, int pages, int unchanged, int failed, int downloads, IngestRun.Counts ingested) {}

  /** How long a fetched page is left alone before a conditional re-check. */
  static final Duration PAGE_RECHECK = Duration.ofDays(1);
  /** How long an address that failed for good (robots.txt, too large, not HTML, 404) is left alone. */
  static final Duration PERMANENT_PAUSE = Duration.ofDays(7);

  private final IngestRun ingest;
  private final CrawlLog log;
  private final HttpFetcher fetcher;
  private final Clock clock;
  private final BooleanSupplier stopping;
  private final Consumer<String> problems;
  private final AfterRound afterRound;
  private int[] c;

  /** What runs after each round (the alerter), given the round. */
  @FunctionalInterface
  public interface AfterRound {
    void done(Round round) throws InterruptedException;
  }

  public Watcher(IngestRun ingest, CrawlLog log, HttpFetcher fetcher, Clock clock, BooleanSupplier stopping,
      Consumer<String> problems) {
    this(ingest, log, fetcher, clock, stopping, problems, r -> { });
  }

  public Watcher(IngestRun ingest, CrawlLog log, HttpFetcher fetcher, Clock clock, BooleanSupplier stopping,
      Consumer<String> problems, AfterRound afterRound) {
    this.afterRound = afterRound;
    this.ingest = ingest;
    this.log = log;
    this.fetcher = fetcher;
    this.clock = clock;
    this.stopping = stopping;
    this.problems = problems;
  }

  public Round round(List<WatchSource> sources) {
    c = new int[5];
    IngestRun.Counts counts = ingest.run((sink, warnings) -> {
      try {
        for (WatchSource s : sources) {
          if (stopping.getAsBoolean()) {
            return;
          }
          feed(s, sink);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, line -> { }, p -> problems.accept("watch: " + p));
    Round round = new Round(c[0], c[1], c[2], c[3], c[4], counts);
    try {
      afterRound.done(round);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return round;
  }

  private void feed(WatchSource s, Consumer<IngestResult> sink) throws InterruptedException {
    CrawlState state = log.get(s.url()).orElse(CrawlState.fresh(s.url(), s.url(), CrawlState.FEED));
    if (state.dueAt(clock.instant())) {
      c[0]++;
      Fetched f = fetcher.fetch(s.url(), state.etag(), state.lastModified());
      if (f instanceof Fetched.Body b && !WebDocuments.isFeed(b.bytes())) {
        f = new Fetched.Failed(200, "not an RSS or Atom feed (" + b.mediaType() + ")", null, false);
      }
      if (f instanceof Fetched.Body b) {
        c[4]++;
        log.put(success(state, 200, b.etag(), b.lastModified(), b.bytes(), null));
        for (WebDocuments.Link link : WebDocuments.feedLinks(s.url(), b.bytes())) {
          if (stopping.getAsBoolean()) {
            return;
          }
          page(s, link.hints().url(), link.hints(), sink);
        }
      } else if (f instanceof Fetched.NotModified) {
        c[2]++;
        log.put(success(state, 304, state.etag(), state.lastModified(), null, null));
      } else {
        failure(state, (Fetched.Failed) f);
      }
    }
    // pages of this feed that failed and are due again, whether or not the feed still lists them
    for (CrawlState p : log.all()) {
      if (stopping.getAsBoolean()) {
        return;
      }
      if (p.source().equals(s.url()) && p.kind().equals(CrawlState.PAGE) && p.failures() > 0
          && p.dueAt(clock.instant())) {
        page(s, p.url(), DocumentHints.NONE, sink);
      }
    }
  }

  private void page(WatchSource s, String url, DocumentHints hints, Consumer<IngestResult> sink)
      throws InterruptedException {
    CrawlState state = log.get(url).orElse(CrawlState.fresh(url, s.url(), CrawlState.PAGE));
    if (!state.dueAt(clock.instant())) {
      return;
    }
    c[1]++;
    Fetched f = fetcher.fetch(url, state.etag(), state.lastModified());
    if (f instanceof Fetched.Body b && !isHtml(b)) {
      c[4]++;
      f = new Fetched.Failed(200, "not an HTML page (" + b.mediaType() + ")", null, true);
    }
    if (f instanceof Fetched.Body b) {
      c[4]++;
      DocumentHints h = s.outlet() == null ? hints : new DocumentHints(hints.url(), s.outlet(), hints.title(),
          hints.byline(), hints.published(), hints.language());
      sink.accept(WebDocuments.page(url, b.bytes(), b.charset(), h));
      log.put(success(state, 200, b.etag(), b.lastModified(), b.bytes(), PAGE_RECHECK));
    } else if (f instanceof Fetched.NotModified) {
      c[2]++;
      log.put(success(state, 304, state.etag(), state.lastModified(), null, PAGE_RECHECK));
    } else {
      failure(state, (Fetched.Failed) f);
    }
  }

  private static boolean isHtml(Fetched.Body b) {
    String t = b.mediaType();
    return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private CrawlState success(CrawlState s, int status, String etag, String lastModified, byte[] body,
      Duration recheck) {
    Instant now = clock.instant();
    return new CrawlState(s.url(), s.source(), s.kind(), etag, lastModified, now, status, 0,
        recheck == null ? null : now.plus(recheck), null, body == null ? s.sha256() : Hashing.sha256(body));
  }

  private void failure(CrawlState s, Fetched.Failed f) {
    c[3]++;
    Instant now = clock.instant();
    Instant next = f.retryAt() != null ? f.retryAt() : f.permanent() ? now.plus(PERMANENT_PAUSE) : null;
    problems.accept("watch: " + s.url() + ": " + f.reason() + (next == null ? "; retried next round"
        : "; retried after " + next));
    log.put(new CrawlState(s.url(), s.source(), s.kind(), s.etag(), s.lastModified(), now, f.status(),
        s.failures() + 1, next, f.reason(), s.sha256()));
  }
}
