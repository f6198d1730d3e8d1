package org.trucewatch.store;

import java.time.Clock;
import java.util.List;

/**
 * A writer that dies: commits one unit, then halts the JVM in the middle of a second, as a killed ingestion would.
 * Started as a child process by {@link LifecycleContract}; not a test itself.
 */
public final class KilledWriter {

  static final int HALT_STATUS = 77;

  private KilledWriter() {}

  public static void main(String[] args) {
    Store store = JdbcStore.open(args[0], Clock.systemUTC(), System.getenv());
    store.inTransaction(tx -> {
      tx.putArticle(Fixtures.article("committed", "Committed", null, "Body."), "c1");
      tx.putEvents("committed", List.of(Fixtures.stored("e1",
          Fixtures.attack("committed", "2024-03-01", null, "A"))));
      return null;
    });
    store.inTransaction(tx -> {
      tx.putArticle(Fixtures.article("half-written", "Half", null, "Stopped halfway through."), "c2");
      tx.putEvents("half-written", List.of(Fixtures.stored("e2",
          Fixtures.attack("half-written", "2024-03-02", null, "B"))));
      Runtime.getRuntime().halt(HALT_STATUS);
      return null;
    });
  }
}
