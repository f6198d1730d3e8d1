package org.trucewatch.cli;

import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the database. */
public final class StoreOption {

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
      description = "SQLite file (default: store.location of the configuration, trucewatch.db) or a "
          + "jdbc:postgresql://host/db URL (user and password in the URL or in TRUCEWATCH_DB_USER/_PASSWORD).")
  public String location;

  /** Opens the store this option names, or the configured one, creating it when it is not there (for writers). */
  public Store open(TrucewatchConfig config) {
    return JdbcStore.open(where(config));
  }

  /**
   * Opens the store for a command that only reads it: a database that does not exist is {@link NothingToRead} (exit
   * 1), and no empty file is left behind where a mistyped {@code --db} pointed.
   */
  public Store openExisting(TrucewatchConfig config) {
    String where = where(config);
    if (!JdbcStore.exists(where)) {
      throw new NothingToRead(JdbcStore.display(where) + ": no such database (only ingest, observe and watch create "
          + "one; name another with --db)");
    }
    return JdbcStore.open(where);
  }

  private String where(TrucewatchConfig config) {
    return location != null ? location : config.store().location();
  }
}
