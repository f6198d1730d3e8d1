package org.trucewatch.store;

import org.junit.jupiter.api.Nested;

/** The store contracts against SQLite in temporary files. */
class SqliteStoreTest {

  private static TestDatabase sqlite() {
    return new TestDatabase.Sqlite();
  }

  @Nested
  class Records extends RecordsContract {
    @Override
    protected TestDatabase database() {
      return sqlite();
    }
  }

  @Nested
  class Queries extends QueriesContract {
    @Override
    protected TestDatabase database() {
      return sqlite();
    }
  }

  @Nested
  class Search extends SearchContract {
    @Override
    protected TestDatabase database() {
      return sqlite();
    }
  }

  @Nested
  class Lifecycle extends LifecycleContract {
    @Override
    protected TestDatabase database() {
      return sqlite();
    }
  }

  @Nested
  class Alerts extends AlertsContract {
    @Override
    protected TestDatabase database() {
      return sqlite();
    }
  }
}
