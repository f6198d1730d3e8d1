package org.trucewatch.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database to this build's schema with Flyway: the migrations under {@code migration/common} that both
 * databases share, and those under the dialect's own folder ({@code migration/sqlite}, {@code migration/postgresql}).
 * Applied ones are skipped, so running them twice changes nothing; a database that an newer TruceWatch has migrated
 * further is refused rather than written with an older idea of the schema.
 */
final class Migrations {

  /** The table that records applied migrations, named for the project so it stands out in a shared schema. */
  static final String HISTORY_TABLE = "trucewatch_schema_history";

  private static final String ROOT = "classpath:org/trucewatch/store/migration/";

  private Migrations() {}

  /** Migrates; returns the schema version now in force. */
  static String migrate(DataSource dataSource, StoreLocation location) {
    Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(ROOT + "common", ROOT + location.dialect().vendorFolder())
        .table(HISTORY_TABLE)
        .loggers("slf4j")
        .validateMigrationNaming(true)
        .load();
    try {
      refuseNewerSchema(flyway, location);
      flyway.migrate();
      MigrationInfo current = flyway.info().current();
      return current == null ? "none" : current.getVersion().getVersion();
    } catch (FlywayException e) {
      throw new StoreException(describe(e, location), e);
    }
  }

  private static void refuseNewerSchema(Flyway flyway, StoreLocation location) {
    MigrationInfo[] all = flyway.info().all();
    MigrationVersion known = Arrays.stream(all)
        .filter(m -> m.getState().isResolved())
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(MigrationVersion.EMPTY);
    Arrays.stream(all)
        .filter(m -> m.getVersion() != null && m.getState().isApplied() && !m.getState().isResolved())
        .map(MigrationInfo::getVersion)
        .filter(v -> v.compareTo(known) > 0)
        .max(Comparator.naturalOrder())
        .ifPresent(v -> {
          throw new StoreException(location + " has schema version " + v.getVersion()
              + ", newer than this TruceWatch knows (" + known.getVersion() + "): use a newer TruceWatch");
        });
  }

  private static String describe(FlywayException e, StoreLocation location) {
    String message = location.scrub(e.getMessage()).strip();
    if (message.contains("non-empty schema")) {
      return location + " already holds tables that are not TruceWatch's (it has no " + HISTORY_TABLE
          + "): give an empty database, or for PostgreSQL a schema of its own (currentSchema=NAME in the URL)";
    }
    if (message.contains("checksum mismatch") || message.contains("Validate failed")) {
      return location + ": its schema history does not match this TruceWatch's migrations: "
          + firstLine(message);
    }
    return location + ": cannot bring the schema up to date: " + firstLine(message);
  }

  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl).strip();
  }
}
