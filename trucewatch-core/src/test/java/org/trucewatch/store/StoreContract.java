package org.trucewatch.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every store test starts from: an empty database of one kind and a store opened on it with a ticking clock.
 * Subclasses hold the tests; the SQLite and PostgreSQL test classes run each of them against their database.
 */
abstract class StoreContract {

  protected TestDatabase db;
  protected String location;
  protected JdbcStore store;

  /** A fresh test database of the kind under test. */
  protected abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    db = database();
    location = db.newLocation();
    store = open(location);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
    db.close();
  }

  protected JdbcStore open(String where) {
    return JdbcStore.open(where, Fixtures.tickingClock(), System.getenv());
  }

  /** Runs a unit of work that reads a list (typed, for AssertJ's overloads). */
  protected <T> java.util.List<T> listIn(java.util.function.Function<Store.Tx, java.util.List<T>> body) {
    return store.inTransaction(body::apply);
  }

  /** Runs a unit of work that answers yes or no. */
  protected boolean testIn(java.util.function.Predicate<Store.Tx> body) {
    return store.inTransaction(body::test);
  }

  /** Runs a unit of work that returns nothing. */
  protected void write(java.util.function.Consumer<Store.Tx> body) {
    store.inTransaction(tx -> {
      body.accept(tx);
      return null;
    });
  }
}
