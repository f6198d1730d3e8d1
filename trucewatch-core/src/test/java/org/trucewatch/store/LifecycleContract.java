package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trucewatch.store.Fixtures.article;
import static org.trucewatch.store.Fixtures.stored;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.ingest.Rejection;

/** Units of work are all or nothing, even when the process dies; migrations run once; a newer schema is refused. */
abstract class LifecycleContract extends StoreContract {

  @Test
  void aUnitThatThrowsLeavesNothingBehindAndTheExceptionGoesThrough() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> write(tx -> {
      tx.putArticle(article("a1", "Never stored", null, "Body about artillery."), "c1");
      tx.putEvents("a1", List.of(stored("e1", Fixtures.attack("a1", "2024-03-01", null, "A"))));
      tx.putIncident(Fixtures.incident("inc-1", org.trucewatch.extract.EventType.ATTACK, "2024-03-01", null, null,
          "A", org.trucewatch.incident.Standing.ALLEGED, "e1"));
      tx.putCeasefire(new Ceasefire("cf-1", "T", "2024-03-01", null, List.of(), null, null, "agreed", "register",
          List.of()));
      tx.putRejection(new Rejection("x.txt", null, Rejection.Reason.EMPTY, "empty"));
      throw boom;
    })).isSameAs(boom);

    assertThat(store.stats()).isEqualTo(new Stats(0, 0, 0, 0, 0, 0, 0));
    assertThat(store.search("artillery", 10)).isEmpty();
  }

  @Test
  void aCheckedExceptionIsWrappedAndRolledBack() {
    assertThatThrownBy(() -> store.inTransaction(tx -> {
      tx.putArticle(article("a1", "T", null, "Body."), "c1");
      throw new IOException("disk said no");
    })).isInstanceOf(StoreException.class).hasMessageContaining("disk said no").hasCauseInstanceOf(IOException.class);
    assertThat(store.article("a1")).isEmpty();
  }

  @Test
  void aFailedUnitDoesNotSpoilTheNext() {
    assertThatThrownBy(() -> write(tx -> tx.putEvents("ghost", List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    write(tx -> tx.putArticle(article("a1", "T", null, "Body."), "c1"));
    assertThat(store.article("a1")).isPresent();
  }

  @Test
  void unitsDoNotNestAndATxDiesWithItsUnit() {
    AtomicReference<Store.Tx> kept = new AtomicReference<>();
    assertThatThrownBy(() -> write(tx -> {
      kept.set(tx);
      store.inTransaction(inner -> null);
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nest");
    assertThatThrownBy(() -> kept.get().hasArticle("a", "b")).isInstanceOf(IllegalStateException.class);
    // The lock was released: the store still takes units.
    assertThat(store.<String>inTransaction(tx -> "ok")).isEqualTo("ok");
  }

  @Test
  void readersSeeTheLastCommitWhileAUnitRuns() {
    write(tx -> tx.putArticle(article("a1", "T", null, "Body."), "c1"));
    write(tx -> {
      tx.putArticle(article("a2", "T", null, "Body."), "c1");
      assertThat(tx.articlesInCluster("c1")).containsExactly("a1", "a2");
      assertThat(store.article("a2")).isEmpty();
      assertThat(store.stats().articles()).isEqualTo(1);
    });
    assertThat(store.stats().articles()).isEqualTo(2);
  }

  @Test
  void twoStoresWritingOneArticleAtOnceNeverCollide() throws Exception {
    // two stores on one database stand for two processes: each replaces the same article's events, again and again
    try (JdbcStore other = open(location)) {
      org.trucewatch.clean.Article a = Fixtures.article("a1", "T", "2024-03-01", "Shelling was reported.");
      List<StoredEvent> events = List.of(stored("e1", Fixtures.attack("a1", "2024-03-01", null, "A")),
          stored("e2", Fixtures.truce("a1", "2024-03-02")));
      List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<Thread> threads = new java.util.ArrayList<>();
      write(tx -> tx.putArticle(a, null));
      for (JdbcStore s : List.of(store, other, store, other)) {
        boolean withArticle = threads.size() % 2 == 0;
        Thread t = new Thread(() -> {
          try {
            go.await();
            for (int i = 0; i < 15; i++) {
              // re-extraction writes the events alone: no article row lock orders those writers
              s.inTransaction(tx -> {
                if (withArticle) {
                  tx.putArticle(a, null);
                }
                tx.putEvents("a1", events);
                return null;
              });
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        });
        t.start();
        threads.add(t);
      }
      go.countDown();
      for (Thread t : threads) {
        t.join(120_000);
      }
      assertThat(failures).isEmpty();
      List<StoredEvent> back = listIn(tx -> tx.eventsOf("a1"));
      assertThat(back).extracting(StoredEvent::id)
          .containsExactly("e1", "e2");
    }
  }

  @Test
  void writesFromManyThreadsAreSerialisedAndAllLand() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 10; i++) {
            String id = "t" + thread + "-" + i;
            write(tx -> tx.putArticle(article(id, "T", null, "Body."), "c"));
            store.article(id).orElseThrow();
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join();
    }
    assertThat(failures).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(40);
  }

  @Test
  void reopeningRunsNoMigrationAgainAndKeepsTheData() throws SQLException {
    write(tx -> tx.putArticle(article("a1", "T", null, "Body."), "c1"));
    int before = historyRows();
    store.close();

    store = open(location);
    store.close();
    store = open(location);

    assertThat(historyRows()).isEqualTo(before).isGreaterThanOrEqualTo(2);
    assertThat(store.schemaVersion()).isEqualTo("10");
    assertThat(store.article("a1")).isPresent();
  }

  private int historyRows() throws SQLException {
    try (Connection c = db.connect(location); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + Migrations.HISTORY_TABLE)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aDatabaseFromANewerTruceWatchIsRefused() throws SQLException {
    store.close();
    store = null;
    try (Connection c = db.connect(location); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO " + Migrations.HISTORY_TABLE + " (installed_rank, version, description, type, "
          + "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
          + "'V99__from_the_future.sql', 0, 'test', 0, TRUE)");
    }
    assertThatThrownBy(() -> open(location)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("newer");
  }

  @Test
  void aProcessKilledMidUnitLeavesTheLastCommit() throws Exception {
    store.close();
    store = null;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KilledWriter.class.getName(), location).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isEqualTo(KilledWriter.HALT_STATUS);

    store = open(location);
    assertThat(store.article("committed")).isPresent();
    assertThat(store.article("half-written")).isEmpty();
    assertThat(store.stats()).isEqualTo(new Stats(1, 1, 1, 0, 0, 0, 0));
    assertThat(store.search("halfway", 10)).isEmpty();
  }
}
