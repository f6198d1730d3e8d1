package org.trucewatch.store;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contracts against PostgreSQL, each test in a schema of its own, when {@code TRUCEWATCH_TEST_POSTGRES}
 * holds a JDBC URL ({@code jdbc:postgresql://127.0.0.1:5432/db?user=..&password=..}); {@code .ci/run} starts a server
 * and sets it.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_VARIABLE, matches = "jdbc:postgresql:.+",
    disabledReason = "set TRUCEWATCH_TEST_POSTGRES to a jdbc:postgresql:// URL to run the PostgreSQL tests")
class PostgresStoreTest {

  private static TestDatabase postgres() {
    return new TestDatabase.Postgres();
  }

  @Nested
  class Records extends RecordsContract {
    @Override
    protected TestDatabase database() {
      return postgres();
    }
  }

  @Nested
  class Queries extends QueriesContract {
    @Override
    protected TestDatabase database() {
      return postgres();
    }
  }

  @Nested
  class Search extends SearchContract {
    @Override
    protected TestDatabase database() {
      return postgres();
    }
  }

  @Nested
  class Lifecycle extends LifecycleContract {
    @Override
    protected TestDatabase database() {
      return postgres();
    }
  }

  @Nested
  class Alerts extends AlertsContract {
    @Override
    protected TestDatabase database() {
      return postgres();
    }
  }
}
