package org.trucewatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What the watcher knows of one address it fetches.
 *
 * @param url the address as first requested (before redirects)
 * @param source the feed or source the address was found through (a feed is its own source)
 * @param kind {@code feed} or {@code page}
 * @param etag the last response's ETag, sent back as If-None-Match; null when none
 * @param lastModified the last response's Last-Modified, sent back as If-Modified-Since; null when none
 * @param lastFetch when it was last requested; null when never
 * @param status the last HTTP status (0 when no response came: a timeout, a refused connection, robots.txt)
 * @param failures failed fetches in a row (0 after a success or a 304)
 * @param nextDue not to be fetched before this; null when due now
 * @param error the last failure in one line; null after a success
 * @param sha256 hex SHA-256 of the last body downloaded in full; null when none
 */
public record CrawlState(String url, String source, String kind, String etag, String lastModified, Instant lastFetch,
    int status, int failures, Instant nextDue, String error, String sha256) {

  public static final String FEED = "feed";
  public static final String PAGE = "page";

  public CrawlState {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }

  /** A first sight of an address: never fetched, due now. */
  public static CrawlState fresh(String url, String source, String kind) {
    return new CrawlState(url, source, kind, null, null, null, 0, 0, null, null, null);
  }

  public boolean dueAt(Instant now) {
    return nextDue == null || !nextDue.isAfter(now);
  }
}
