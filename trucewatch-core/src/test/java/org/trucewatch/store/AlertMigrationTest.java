package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version 6 upgrades a SQLite database of version 5 that holds incidents: the tables appear, and the incidents already
 * stored count as seen, so that upgrading does not alert on the whole past.
 */
class AlertMigrationTest {

  @TempDir Path dir;

  @Test
  void upgradingFromVersion5KeepsOldIncidentsFromAlerting() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file;
    Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
        .locations("classpath:org/trucewatch/store/migration/common", "classpath:org/trucewatch/store/migration/sqlite")
        .table(Migrations.HISTORY_TABLE).target("5").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO incidents (id, type, standing, standing_rank, independent_sources) "
          + "VALUES ('inc-old', 'ATTACK', 'DISPUTED', 1, 1)");
    }

    try (JdbcStore store = JdbcStore.open(file.toString(), Fixtures.tickingClock(), Map.of())) {
      assertThat(store.schemaVersion()).isEqualTo("10");
      assertThat(store.alertLog().unseen()).isEmpty();
      assertThat(store.alertLog().deliveries(10)).isEmpty();
      store.inTransaction(tx -> {
        tx.putIncident(Fixtures.incident("inc-old", org.trucewatch.extract.EventType.ATTACK, "2025-05-30", null,
            Fixtures.NORTHTOWN, "AM", org.trucewatch.incident.Standing.CORROBORATED, "e1"));
        return null;
      });
      assertThat(store.alertLog().unseen()).extracting(AlertLog.Unseen::seen)
          .containsExactly(org.trucewatch.incident.Standing.DISPUTED);
    }
  }
}
