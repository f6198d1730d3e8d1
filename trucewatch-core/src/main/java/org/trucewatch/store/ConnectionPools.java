package org.trucewatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connections of one open store. SQLite: one writer connection (writes are serialised anyway, and an
 * {@code IMMEDIATE} transaction takes the file's write lock up front, so a second process waits its busy timeout
 * instead of failing midway) and a few reader connections that WAL lets run beside it. PostgreSQL: one small pool for
 * both. The caller closes it.
 */
final class ConnectionPools implements AutoCloseable {

  /** How long a SQLite connection waits for another process's lock before giving up. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
  private static final int SQLITE_READERS = 4;
  private static final int POSTGRES_POOL = 4;
  private static final int POSTGRES_CONNECT_TIMEOUT_S = 5;

  private final HikariDataSource writes;
  private final HikariDataSource reads;

  private ConnectionPools(HikariDataSource writes, HikariDataSource reads) {
    this.writes = writes;
    this.reads = reads;
  }

  DataSource writes() {
    return writes;
  }

  DataSource reads() {
    return reads;
  }

  /** Opens the pools; the first connection is made here, so an unreachable server fails now. */
  static ConnectionPools open(StoreLocation location) {
    if (location.dialect() == Dialect.SQLITE) {
      HikariDataSource writer = sqlitePool(location, "writer", 1, SQLiteConfig.TransactionMode.IMMEDIATE);
      try {
        return new ConnectionPools(writer,
            sqlitePool(location, "reader", SQLITE_READERS, SQLiteConfig.TransactionMode.DEFERRED));
      } catch (RuntimeException e) {
        writer.close();
        throw e;
      }
    }
    HikariDataSource pool = postgresPool(location);
    return new ConnectionPools(pool, pool);
  }

  /** A plain, unpooled SQLite data source with the store's settings, for migrations. */
  static DataSource sqliteDataSource(StoreLocation location, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL lets readers run beside the writer; NORMAL sync in WAL survives a killed process (only power loss can
    // drop the last commits, never tear one).
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(mode);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl(location.jdbcUrl());
    return ds;
  }

  private static HikariDataSource sqlitePool(StoreLocation location, String role, int size,
      SQLiteConfig.TransactionMode mode) {
    HikariConfig hc = new HikariConfig();
    hc.setDataSource(sqliteDataSource(location, mode));
    hc.setPoolName("trucewatch-sqlite-" + role);
    hc.setMaximumPoolSize(size);
    hc.setMinimumIdle(size);
    // A file connection never goes stale: keep them for the store's life.
    hc.setMaxLifetime(0);
    hc.setIdleTimeout(0);
    hc.setInitializationFailTimeout(1);
    return new HikariDataSource(hc);
  }

  private static HikariDataSource postgresPool(StoreLocation location) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(location.jdbcUrl());
    if (location.user() != null) {
      hc.setUsername(location.user());
    }
    if (location.password() != null) {
      hc.setPassword(location.password());
    }
    hc.addDataSourceProperty("connectTimeout", String.valueOf(POSTGRES_CONNECT_TIMEOUT_S));
    hc.addDataSourceProperty("ApplicationName", "trucewatch");
    hc.setPoolName("trucewatch-postgresql");
    hc.setMaximumPoolSize(POSTGRES_POOL);
    hc.setMinimumIdle(1);
    hc.setConnectionTimeout(30_000);
    hc.setInitializationFailTimeout(1);
    return new HikariDataSource(hc);
  }

  @Override
  public void close() {
    writes.close();
    if (reads != writes) {
      reads.close();
    }
  }
}
