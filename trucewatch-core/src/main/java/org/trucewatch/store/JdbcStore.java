package org.trucewatch.store;

import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.Incident;
import org.trucewatch.ingest.Rejection;

/**
 * The {@link Store} in a relational database: SQLite in a file (the default; WAL, a busy timeout, foreign keys on)
 * or PostgreSQL for a team, with one set of Flyway migrations run on {@link #open}.
 *
 * <p>Reads a location, writes the database. Units of work run one at a time (a lock in this process; SQLite's
 * {@code BEGIN IMMEDIATE} or PostgreSQL's row locks against other processes) on a writer connection, each in one
 * transaction that commits whole or rolls back; reads run on pooled connections beside them and see the last commit.
 * Thread-safe. The caller closes it, which closes its pools.
 *
 * <p>Articles are listed newest first by publication date (undated ones last), then by ingestion time. An article
 * stored without a cluster is a cluster of its own; an article stored again keeps its events until
 * {@code putEvents} replaces them, as ingestion does in the same unit. Times are stamped by the given clock as ISO
 * instants with milliseconds, so that their text sorts as they do.
 */
public final class JdbcStore implements Store {

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final StoreLocation location;
  private final ConnectionPools pools;
  private final Clock clock;
  private final String schemaVersion;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ThreadLocal<Boolean> inUnit = ThreadLocal.withInitial(() -> false);

  private JdbcStore(StoreLocation location, ConnectionPools pools, Clock clock, String schemaVersion) {
    this.location = location;
    this.pools = pools;
    this.clock = clock;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens (creating and migrating as needed) the store at {@code location}: a file path or {@code jdbc:sqlite:PATH}
   * (the file and its parent folders are created), or {@code jdbc:postgresql://host:port/db?user=..&password=..}
   * (user and password from {@code TRUCEWATCH_DB_USER} and {@code TRUCEWATCH_DB_PASSWORD} when the URL lacks them).
   *
   * @throws StoreException naming the location when it cannot be opened
   */
  public static JdbcStore open(String location) {
    return open(location, Clock.systemUTC(), System.getenv());
  }

  /**
   * Whether a store is there to be read at {@code location}: for SQLite, whether the file exists (opening would create
   * it); a PostgreSQL database is created by its administrator, so it is taken to exist.
   *
   * @throws StoreException when the location cannot be parsed
   */
  public static boolean exists(String location) {
    StoreLocation where = StoreLocation.parse(location, System.getenv());
    return where.dialect() != Dialect.SQLITE || Files.exists(where.file());
  }

  /** How messages name {@code location} (no password), for example {@code sqlite:data/x.db}. */
  public static String display(String location) {
    return StoreLocation.parse(location, System.getenv()).display();
  }

  /** As {@link #open(String)}, with the clock that stamps ingestion times and the environment to read. */
  public static JdbcStore open(String location, Clock clock, Map<String, String> env) {
    StoreLocation where = StoreLocation.parse(location, env);
    if (where.dialect() == Dialect.SQLITE) {
      prepareFile(where);
    }
    ConnectionPools pools = null;
    try {
      if (where.dialect() == Dialect.SQLITE) {
        // Migrate on a plain connection before the pools exist: Flyway may want more connections than one writer.
        String version = Migrations.migrate(
            ConnectionPools.sqliteDataSource(where, SQLiteConfig.TransactionMode.IMMEDIATE), where);
        pools = ConnectionPools.open(where);
        return new JdbcStore(where, pools, clock, version);
      }
      pools = ConnectionPools.open(where);
      return new JdbcStore(where, pools, clock, Migrations.migrate(pools.writes(), where));
    } catch (StoreException e) {
      closeQuietly(pools);
      throw e;
    } catch (HikariPool.PoolInitializationException e) {
      closeQuietly(pools);
      throw new StoreException(where + ": cannot connect: " + where.scrub(rootMessage(e)), e);
    } catch (RuntimeException e) {
      closeQuietly(pools);
      throw new StoreException(where + ": cannot open: " + where.scrub(rootMessage(e)), e);
    }
  }

  /** Checks a SQLite path before SQLite sees it, whose own errors ("file is not a database") name no file. */
  private static void prepareFile(StoreLocation where) {
    Path file = where.file();
    if (Files.isDirectory(file)) {
      throw new StoreException(where + ": is a directory, not a database file");
    }
    if (Files.exists(file)) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new StoreException(where + ": cannot be read as a database file");
      }
      if (!Files.isWritable(file)) {
        throw new StoreException(where + ": the file is read-only");
      }
      byte[] head = new byte[SQLITE_HEADER.length];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      } catch (IOException e) {
        throw new StoreException(where + ": cannot read the file: " + e.getMessage(), e);
      }
      // An empty file is a new database to SQLite; anything else must start with its header.
      if (n > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
        throw new StoreException(where + ": is not a SQLite database (the file does not start with SQLite's "
            + "header)");
      }
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(where + ": cannot create the folder " + parent + ": " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return Migrations.firstLine(m);
  }

  private static void closeQuietly(ConnectionPools pools) {
    if (pools != null) {
      pools.close();
    }
  }

  /** The schema version the migrations brought the database to. */
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    if (inUnit.get()) {
      throw new IllegalStateException("units of work do not nest: use the Tx you were given");
    }
    writeLock.lock();
    inUnit.set(true);
    try (Connection c = pools.writes().getConnection()) {
      c.setAutoCommit(false);
      JdbcTx tx = new JdbcTx(c, location, clock);
      try {
        T result = work.run(tx);
        c.commit();
        return result;
      } catch (Throwable e) {
        rollback(c, e);
        if (e instanceof RuntimeException r) {
          throw r;
        }
        if (e instanceof Error err) {
          throw err;
        }
        throw new StoreException(location + ": unit of work failed: " + location.scrub(e.getMessage()), e);
      } finally {
        // The pool restores auto-commit when the connection goes back.
        tx.end();
      }
    } catch (SQLException e) {
      throw new StoreException(location + ": cannot write: " + location.scrub(e.getMessage()), e);
    } finally {
      inUnit.set(false);
      writeLock.unlock();
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public CrawlLog crawlLog() {
    return new CrawlLog(this);
  }

  @Override
  public AlertLog alertLog() {
    return new AlertLog(this);
  }

  /** Runs SQL that writes outside a unit of work (the crawl state), committed on its own. */
  <T> T write(String what, Read<T> body) {
    if (inUnit.get()) {
      throw new IllegalStateException("a write outside a unit of work cannot run inside one");
    }
    writeLock.lock();
    try (Connection c = pools.writes().getConnection()) {
      return committed(c, body);
    } catch (SQLException e) {
      throw new StoreException(location + ": cannot " + what + ": " + location.scrub(e.getMessage()), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code body} in one transaction on {@code c}: committed when it returns, rolled back when it throws. */
  private <T> T committed(Connection c, Read<T> body) throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = body.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(c, e);
      throw e;
    }
  }

  /** A read's SQL, on a pooled reader connection. */
  @FunctionalInterface
  interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs a read in one read-only transaction, so that a read of several queries sees one commit. */
  <T> T read(String what, Read<T> body) {
    try (Connection c = pools.reads().getConnection()) {
      if (location.dialect() == Dialect.POSTGRESQL) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      return committed(c, body);
    } catch (SQLException e) {
      throw new StoreException(location + ": cannot " + what + ": " + location.scrub(e.getMessage()), e);
    }
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return read("read article " + id, c -> Sql.list(c, ArticleRows.SELECT + " WHERE id = ?", p -> p.text(id),
        ArticleRows::read).stream().findFirst());
  }

  @Override
  public List<StoredArticle> articles(int offset, int limit) {
    requireWindow(offset, limit);
    return read("list articles", c -> Sql.list(c, ArticleRows.SELECT + ArticleRows.NEWEST_FIRST
        + " LIMIT ? OFFSET ?", p -> p.integer(limit).integer(offset), ArticleRows::read));
  }

  @Override
  public Optional<Incident> incident(String id) {
    return read("read incident " + id, c -> IncidentRows.byId(c, id).stream().findFirst());
  }

  @Override
  public List<Incident> incidents(IncidentQuery query) {
    return read("list incidents", c -> IncidentRows.query(c, query == null ? IncidentQuery.all() : query));
  }

  @Override
  public List<StoredEvent> events(List<String> ids) {
    return read("read events", c -> EventRows.byIds(c, ids));
  }

  /** Casualty reports, by claimant (the first speaker who alleges the figure, else the first speaker) then date. */
  @Override
  public List<StoredEvent> casualtyReports() {
    List<StoredEvent> reports = read("read casualty reports",
        c -> EventRows.ofType(c, EventType.CASUALTY_REPORT));
    // Sorted here, not in SQL: the two databases collate text differently.
    return reports.stream().sorted(Comparator
        .comparing(JdbcStore::claimant, Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(se -> se.event().date(), Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
        .thenComparing(StoredEvent::id)).toList();
  }

  private static String claimant(StoredEvent se) {
    List<Claim> claims = se.event().claims();
    return claims.stream().filter(cl -> cl.stance() == Stance.ALLEGES).map(Claim::actor).findFirst()
        .orElse(claims.isEmpty() ? null : claims.get(0).actor());
  }

  @Override
  public List<Ceasefire> ceasefires() {
    return read("read the ceasefire register", RegisterRows::ceasefires);
  }

  @Override
  public List<FieldReport> fieldReports() {
    return read("read field reports", c -> RegisterRows.fieldReports(c, null, null));
  }

  @Override
  public List<Rejection> rejections(int limit) {
    requireWindow(0, limit);
    return read("read rejections", c -> RegisterRows.rejections(c, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Both databases read the same syntax: words, {@code "quoted phrases"}, {@code or}, {@code -word}; a query with
   * nothing searchable in it finds nothing.
   *
   * @throws StoreException when the database still cannot parse the query, saying so
   */
  @Override
  public List<SearchHit> search(String query, int limit) {
    try (Connection c = pools.reads().getConnection()) {
      return FullTextSearch.search(c, location.dialect(), query, limit);
    } catch (SQLException e) {
      String m = location.scrub(e.getMessage());
      if (m.contains("fts5") || m.contains("tsquery")) {
        throw new StoreException("search query '" + query + "' cannot be read: " + m, e);
      }
      throw new StoreException(location + ": cannot search: " + m, e);
    }
  }

  @Override
  public void forEachArticle(Consumer<StoredArticle> each) {
    read("read articles", c -> {
      try (PreparedStatement ps = c.prepareStatement(ArticleRows.SELECT + " ORDER BY id")) {
        // A cursor: PostgreSQL would otherwise fetch every article into memory at once.
        ps.setFetchSize(256);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            each.accept(ArticleRows.read(rs));
          }
        }
      }
      return null;
    });
  }

  @Override
  public Stats stats() {
    return read("count rows", c -> Sql.list(c, "SELECT (SELECT COUNT(*) FROM articles), "
        + "(SELECT COUNT(DISTINCT cluster) FROM articles), (SELECT COUNT(*) FROM events), "
        + "(SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM ceasefires), "
        + "(SELECT COUNT(*) FROM field_reports), (SELECT COUNT(*) FROM rejections)", Sql.NONE,
        rs -> new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
            rs.getLong(7))).get(0));
  }

  @Override
  public String location() {
    return location.display();
  }

  @Override
  public void close() {
    pools.close();
  }

  private static void requireWindow(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative, were " + offset + " and " + limit);
    }
  }
}
