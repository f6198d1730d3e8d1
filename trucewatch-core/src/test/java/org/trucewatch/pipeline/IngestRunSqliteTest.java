package org.trucewatch.pipeline;

import org.trucewatch.store.TestDatabase;

/** Ingestion into SQLite files. */
class IngestRunSqliteTest extends IngestRunContract {

  @Override
  protected TestDatabase database() {
    return new TestDatabase.Sqlite();
  }
}
