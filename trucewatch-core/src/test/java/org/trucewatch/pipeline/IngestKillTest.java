package org.trucewatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;

/**
 * kill -9 during ingestion: a child process ingesting a corpus is killed (SIGKILL) once it has stored some articles;
 * the database must be consistent, and a re-run must complete the work and end where an uninterrupted run ends.
 */
class IngestKillTest {

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesAConsistentDatabaseAndARerunCompletesIt() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> pages = Files.list(Path.of("../data/eval/article-extraction-benchmark/html"))) {
      for (Path p : pages.sorted().limit(60).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    try (Stream<Path> samples = Files.list(IngestRunContract.SAMPLES)) {
      for (Path p : samples.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Path killed = dir.resolve("killed.db");
    Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
        "org.trucewatch.cli.Main", "ingest", corpus.toString(), "--db", killed.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    // generous: the loop ends as soon as eight are stored; a loaded 2-core machine took over 120 s
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (count(killed, "articles") < 8 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(child.isAlive()).as("still ingesting when killed: " + Files.readString(dir.resolve("child.log")))
        .isTrue();
    child.destroyForcibly(); // SIGKILL on Linux
    child.waitFor(30, TimeUnit.SECONDS);
    int storedBeforeKill = count(killed, "articles");
    assertThat(storedBeforeKill).isBetween(8, 64);

    try (Store store = JdbcStore.open(killed.toString())) {
      assertConsistent(store);
      IngestRun.Counts rerun = IngestRunContract.ingest(store, List.of(corpus.toString()));
      assertThat(rerun.unchanged()).isGreaterThanOrEqualTo(storedBeforeKill - 1);
      assertConsistent(store);
      try (Store clean = JdbcStore.open(dir.resolve("clean.db").toString())) {
        IngestRunContract.ingest(clean, List.of(corpus.toString()));
        assertThat(store.stats()).isEqualTo(clean.stats());
        assertThat(ids(store.incidents(IncidentQuery.all()))).isEqualTo(ids(clean.incidents(IncidentQuery.all())));
      }
    }
  }

  private static List<String> ids(List<Incident> incidents) {
    return incidents.stream().map(i -> i.id() + " " + i.mentions()).sorted().toList();
  }

  /** Every incident's mentions exist, and every stored article's events can be read whole. */
  private static void assertConsistent(Store store) {
    for (Incident i : store.incidents(IncidentQuery.all())) {
      List<StoredEvent> mentions = store.events(i.mentions());
      assertThat(mentions).as(i.id()).hasSize(i.mentions().size());
    }
    List<String> articles = new ArrayList<>();
    store.forEachArticle(a -> articles.add(a.article().id()));
    assertThat(articles).hasSize((int) store.stats().articles());
  }

  private static int count(Path db, String table) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0; // not created yet, or locked for a moment
    }
  }

  private static String javaBinary() throws IOException {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
