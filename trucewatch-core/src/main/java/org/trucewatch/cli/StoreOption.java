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

  /** Opens the store this option names, or the configured one. */
  public Store open(TrucewatchConfig config) {
    return JdbcStore.open(location != null ? location : config.store().location());
  }
}
