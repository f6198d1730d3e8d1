package org.trucewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The watcher's crawl state ({@code crawl_state}), read and written one address at a time, and the count of articles
 * stored since an instant that its status reports; thread-safe.
 */
public final class CrawlLog {

  private static final String COLUMNS =
      "url, source, kind, etag, last_modified, last_fetch, status, failures, next_due, error, sha256";

  private final JdbcStore store;

  CrawlLog(JdbcStore store) {
    this.store = store;
  }

  public Optional<CrawlState> get(String url) {
    return store.read("read the crawl state", c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM crawl_state WHERE url = ?", p -> p.text(url), CrawlLog::row))
        .stream().findFirst();
  }

  /** Every address, by source, kind (feeds first) and address. */
  public List<CrawlState> all() {
    return store.read("read the crawl state", c -> Sql.list(c,
        "SELECT " + COLUMNS + " FROM crawl_state ORDER BY source, kind, url", Sql.NONE, CrawlLog::row));
  }

  /** Articles stored (or stored again) at or after {@code since}: what {@code status} counts as today's. */
  public long articlesIngestedSince(Instant since) {
    return store.read("count today's articles", c -> Sql.list(c,
        "SELECT COUNT(*) AS n FROM articles WHERE ingested_at >= ?", p -> p.text(since.toString()),
        rs -> rs.getLong("n"))).get(0);
  }

  /** Stores the state of an address, replacing what was known of it. */
  public void put(CrawlState s) {
    store.write("write the crawl state", c -> Sql.update(c, "INSERT INTO crawl_state (" + COLUMNS + ") "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET source = excluded.source, "
        + "kind = excluded.kind, etag = excluded.etag, last_modified = excluded.last_modified, "
        + "last_fetch = excluded.last_fetch, status = excluded.status, failures = excluded.failures, "
        + "next_due = excluded.next_due, error = excluded.error, sha256 = excluded.sha256", p -> p
        .text(s.url()).text(s.source()).text(s.kind()).text(s.etag()).text(s.lastModified())
        .text(instant(s.lastFetch())).integer(s.status()).integer(s.failures()).text(instant(s.nextDue()))
        .text(s.error()).text(s.sha256())));
  }

  private static CrawlState row(ResultSet rs) throws SQLException {
    return new CrawlState(rs.getString("url"), rs.getString("source"), rs.getString("kind"), rs.getString("etag"),
        rs.getString("last_modified"), instant(rs.getString("last_fetch")), rs.getInt("status"),
        rs.getInt("failures"), instant(rs.getString("next_due")), rs.getString("error"), rs.getString("sha256"));
  }

  private static String instant(Instant t) {
    return t == null ? null : t.toString();
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
