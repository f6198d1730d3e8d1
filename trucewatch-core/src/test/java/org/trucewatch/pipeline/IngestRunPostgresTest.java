package org.trucewatch.pipeline;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trucewatch.store.TestDatabase;

/** Ingestion into PostgreSQL, each test in schemas of its own, when {@code TRUCEWATCH_TEST_POSTGRES} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_VARIABLE, matches = "jdbc:postgresql:.+",
    disabledReason = "set TRUCEWATCH_TEST_POSTGRES to a jdbc:postgresql:// URL to run the PostgreSQL tests")
class IngestRunPostgresTest extends IngestRunContract {

  @Override
  protected TestDatabase database() {
    return new TestDatabase.Postgres();
  }
}
