package org.trucewatch.watch;

import java.io.IOException;
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
 * One round of watching: each source due is fetched (conditionally) and read as what it is (an RSS/Atom feed, a
 * sitemap or sitemap index, or an HTML page that is itself the article); then each page it lists that is not yet
 * fetched, or due for a conditional re-check, or newer in the sitemap than our copy. Each page is ingested as soon as
 * it arrives, exactly as {@code ingest} does, before the next is fetched; the crawl state of every address is written
 * after it is handled (a source's validators only once all its pages were, so a round stopped half-way reads it again
 * in full).
 * A failing source or page is reported in one line and backs off ({@link Schedule}); the others go on. Stops between
 * two documents when {@code stopping} says so. Documents are handed to ingestion under {@code lock}, the lock of the
 * server's other writes. Not thread-safe: one round at a time.
 */
public final class Watcher {

  /** What a round did. {@code downloads} counts bodies downloaded in full (sources, sitemaps and pages). */
  public record Round(int sources, int pages, int unchanged, int failed, int downloads, IngestRun.Counts ingested) {}

  /** How long a fetched page is left alone before a conditional re-check. */
  static final Duration PAGE_RECHECK = Duration.ofDays(1);
  /** How long a page that failed for good (robots.txt, too large, not HTML, 404) is left alone. */
  static final Duration PERMANENT_PAUSE = Duration.ofDays(7);
  /** The crawl-state kind of a sitemap listed by a watched sitemap index. */
  static final String SITEMAP = "sitemap";
  /** A round that starts a little early (a timer's jitter) still finds due what is due at its scheduled start. */
  private static final Duration SLACK = Duration.ofSeconds(1);
  private static final String STOPPED = "";

  private final IngestRun ingest;
  private final CrawlLog log;
  private final HttpFetcher fetcher;
  private final Clock clock;
  private final Schedule schedule;
  private final BooleanSupplier stopping;
  private final Consumer<String> problems;
  private final Object lock;
  private final AfterRound afterRound;
  private int sources;
  private int pages;
  private int unchanged;
  private int failed;
  private int downloads;
  private Instant roundStart;

  public Watcher(IngestRun ingest, CrawlLog log, HttpFetcher fetcher, Clock clock, Schedule schedule,
      BooleanSupplier stopping, Consumer<String> problems) {
    this(ingest, log, fetcher, clock, schedule, stopping, problems, new Object());
  }

  public Watcher(IngestRun ingest, CrawlLog log, HttpFetcher fetcher, Clock clock, Schedule schedule,
      BooleanSupplier stopping, Consumer<String> problems, Object lock) {
    this(ingest, log, fetcher, clock, schedule, stopping, problems, lock, r -> { });
  }

  /** What runs after each round (the alerter), given the round. */
  @FunctionalInterface
  public interface AfterRound {
    void done(Round round) throws InterruptedException;
  }

  public Watcher(IngestRun ingest, CrawlLog log, HttpFetcher fetcher, Clock clock, Schedule schedule,
      BooleanSupplier stopping, Consumer<String> problems, Object lock, AfterRound afterRound) {
    this.afterRound = afterRound;
    this.ingest = ingest;
    this.log = log;
    this.fetcher = fetcher;
    this.clock = clock;
    this.schedule = schedule;
    this.stopping = stopping;
    this.problems = problems;
    this.lock = lock;
  }

  public Round round(List<WatchSource> watched) {
    sources = pages = unchanged = failed = downloads = 0;
    roundStart = clock.instant();
    IngestRun.Counts counts = ingest.run((sink, warnings) -> {
      Consumer<IngestResult> locked = r -> {
        synchronized (lock) {
          sink.accept(r);
        }
      };
      try {
        for (WatchSource s : watched) {
          if (stopping.getAsBoolean()) {
            return;
          }
          source(s, locked);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, line -> { }, p -> problems.accept("watch: " + p));
    Round round = new Round(sources, pages, unchanged, failed, downloads, counts);
    try {
      afterRound.done(round);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return round;
  }

  private void source(WatchSource s, Consumer<IngestResult> sink) throws InterruptedException {
    CrawlState state = log.get(s.url()).orElse(CrawlState.fresh(s.url(), s.url(), CrawlState.FEED));
    // a source that is fine is asked every round (conditionally); one that failed waits out its backoff
    if (state.failures() == 0 || due(state)) {
      sources++;
      Fetched f = fetcher.fetch(s.url(), state.etag(), state.lastModified());
      Instant next = roundStart.plus(schedule.every());
      if (f instanceof Fetched.Body b) {
        downloads++;
        // seen now (status shows it), but without validators until its pages are handled
        CrawlState fetched = success(state, 200, null, null, null, next);
        log.put(fetched);
        String problem = read(s, b, sink);
        if (problem == null) {
          log.put(new CrawlState(s.url(), fetched.source(), fetched.kind(), b.etag(), b.lastModified(),
              fetched.lastFetch(), 200, 0, next, null, Hashing.sha256(b.bytes())));
        } else if (!problem.equals(STOPPED)) {
          failure(state, new Fetched.Failed(200, problem, null, false), false);
        }
      } else if (f instanceof Fetched.NotModified) {
        unchanged++;
        log.put(success(state, 304, state.etag(), state.lastModified(), null, next));
      } else {
        failure(state, (Fetched.Failed) f, false);
      }
    }
    // pages of this source that failed and are due again, whether or not the source still lists them
    for (CrawlState p : log.all()) {
      if (stopping.getAsBoolean()) {
        return;
      }
      if (p.source().equals(s.url()) && p.kind().equals(CrawlState.PAGE) && p.failures() > 0 && due(p)) {
        page(s, p.url(), DocumentHints.NONE, null, sink);
      }
    }
  }

  /** Reads a downloaded source as what it is; null when done, else why it could not be read (or STOPPED). */
  private String read(WatchSource s, Fetched.Body b, Consumer<IngestResult> sink) throws InterruptedException {
    WatchSource.Kind kind = s.kind() == WatchSource.Kind.AUTO ? sniff(b) : s.kind();
    if (kind == null) {
      return "neither an RSS/Atom feed, a sitemap nor an HTML page (" + b.mediaType() + ")";
    }
    switch (kind) {
      case FEED -> {
        if (!WebDocuments.isFeed(b.bytes())) {
          return "not an RSS or Atom feed (" + b.mediaType() + ")";
        }
        for (WebDocuments.Link link : WebDocuments.feedLinks(s.url(), b.bytes())) {
          if (stopping.getAsBoolean()) {
            return STOPPED;
          }
          page(s, link.hints().url(), link.hints(), null, sink);
        }
        return null;
      }
      case SITEMAP -> {
        return sitemap(s, b, sink, true);
      }
      default -> {
        if (!isHtml(b)) {
          return "not an HTML page (" + b.mediaType() + ")";
        }
        sink.accept(WebDocuments.page(s.url(), b.bytes(), b.charset(), hints(s, DocumentHints.NONE)));
        return null;
      }
    }
  }

  private String sitemap(WatchSource s, Fetched.Body b, Consumer<IngestResult> sink, boolean top)
      throws InterruptedException {
    SitemapReader.Listing listing;
    try {
      listing = SitemapReader.read(b.finalUrl(), b.bytes());
    } catch (IOException e) {
      return e.getMessage();
    }
    if (!top && !listing.sitemaps().isEmpty()) {
      return "a sitemap index listed by a sitemap index (not followed)";
    }
    for (SitemapReader.Child child : listing.sitemaps()) {
      if (stopping.getAsBoolean()) {
        return STOPPED;
      }
      child(s, child, sink);
    }
    for (SitemapReader.Entry e : listing.pages()) {
      if (stopping.getAsBoolean()) {
        return STOPPED;
      }
      page(s, e.hints().url(), e.hints(), e.lastModified(), sink);
    }
    return null;
  }

  /** A sitemap listed by an index: asked when new, when the index says it changed since, or when due after failing. */
  private void child(WatchSource s, SitemapReader.Child child, Consumer<IngestResult> sink)
      throws InterruptedException {
    CrawlState state = log.get(child.url()).orElse(CrawlState.fresh(child.url(), s.url(), SITEMAP));
    boolean changed = state.lastFetch() == null || child.lastModified() == null
        || child.lastModified().isAfter(state.lastFetch());
    if (state.failures() > 0 ? !due(state) : !changed) {
      return;
    }
    sources++;
    Fetched f = fetcher.fetch(child.url(), state.etag(), state.lastModified());
    if (f instanceof Fetched.Body b) {
      downloads++;
      String problem = sitemap(s, b, sink, false);
      if (problem == null) {
        log.put(success(state, 200, b.etag(), b.lastModified(), b.bytes(), null));
      } else if (!problem.equals(STOPPED)) {
        failure(state, new Fetched.Failed(200, problem, null, false), false);
      }
    } else if (f instanceof Fetched.NotModified) {
      unchanged++;
      log.put(success(state, 304, state.etag(), state.lastModified(), null, null));
    } else {
      failure(state, (Fetched.Failed) f, false);
    }
  }

  /** A listed page: asked when new, due for its re-check, or modified (per its sitemap) since we fetched it. */
  private void page(WatchSource s, String url, DocumentHints hints, Instant modified, Consumer<IngestResult> sink)
      throws InterruptedException {
    CrawlState state = log.get(url).orElse(CrawlState.fresh(url, s.url(), CrawlState.PAGE));
    boolean touched = modified != null && state.lastFetch() != null && state.failures() == 0
        && modified.isAfter(state.lastFetch());
    if (!due(state) && !touched) {
      return;
    }
    pages++;
    Fetched f = fetcher.fetch(url, state.etag(), state.lastModified());
    if (f instanceof Fetched.Body b && !isHtml(b)) {
      downloads++;
      f = new Fetched.Failed(200, "not an HTML page (" + b.mediaType() + ")", null, true);
    }
    Instant recheck = clock.instant().plus(PAGE_RECHECK);
    if (f instanceof Fetched.Body b) {
      downloads++;
      sink.accept(WebDocuments.page(url, b.bytes(), b.charset(), hints(s, hints)));
      log.put(success(state, 200, b.etag(), b.lastModified(), b.bytes(), recheck));
    } else if (f instanceof Fetched.NotModified) {
      unchanged++;
      log.put(success(state, 304, state.etag(), state.lastModified(), null, recheck));
    } else {
      failure(state, (Fetched.Failed) f, true);
    }
  }

  /** What the container says of a page, with the source's own settings first. */
  private static DocumentHints hints(WatchSource s, DocumentHints h) {
    return new DocumentHints(h.url(), s.outlet() != null ? s.outlet() : h.outlet(), h.title(), h.byline(),
        h.published(), s.language() != null ? s.language() : h.language(), s.conflict());
  }

  private static WatchSource.Kind sniff(Fetched.Body b) {
    if (WebDocuments.isFeed(b.bytes())) {
      return WatchSource.Kind.FEED;
    }
    if (SitemapReader.looksLikeSitemap(b.bytes())) {
      return WatchSource.Kind.SITEMAP;
    }
    return isHtml(b) ? WatchSource.Kind.PAGE : null;
  }

  private static boolean isHtml(Fetched.Body b) {
    String t = b.mediaType();
    return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private boolean due(CrawlState s) {
    return s.dueAt(clock.instant().plus(SLACK));
  }

  private CrawlState success(CrawlState s, int status, String etag, String lastModified, byte[] body, Instant next) {
    return new CrawlState(s.url(), s.source(), s.kind(), etag, lastModified, clock.instant(), status, 0, next, null,
        body == null ? s.sha256() : Hashing.sha256(body));
  }

  /** Backs off from the round's start (so that the wait is whole rounds); a page refused for good waits a week. */
  private void failure(CrawlState s, Fetched.Failed f, boolean page) {
    failed++;
    int n = s.failures() + 1;
    // a tenth of a round early (at most a minute): the round it waits for may start a little before its time (cron
    // and JVM start-up); a Retry-After is kept to the second
    Duration early = schedule.every().dividedBy(10).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1)
        : schedule.every().dividedBy(10);
    Instant next = page && f.permanent() ? clock.instant().plus(PERMANENT_PAUSE)
        : roundStart.plus(schedule.backoff(n)).minus(early);
    if (f.retryAt() != null && f.retryAt().isAfter(next)) {
      next = f.retryAt();
    }
    problems.accept("watch: " + s.url() + ": " + f.reason() + "; retried after " + next + " (" + n
        + " failure(s) in a row)");
    log.put(new CrawlState(s.url(), s.source(), s.kind(), s.etag(), s.lastModified(), clock.instant(), f.status(), n,
        next, f.reason(), s.sha256()));
  }
}
