package org.trucewatch.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Main;
import org.trucewatch.server.CliRun;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/** {@code trucewatch status}: each watched feed with its last and next fetch, failures and pages; the store's counts. */
class StatusCommandTest {

  @TempDir Path dir;

  @Test
  void listsEachFeedWithItsFetchesFailuresAndPages() throws Exception {
    String db = dir.resolve("w.db").toString();
    String feed = "http://127.0.0.1:9/feed.xml";
    try (Store store = JdbcStore.open(db)) {
      store.crawlLog().put(new CrawlState(feed, feed, CrawlState.FEED, "\"f1\"", null,
          Instant.parse("2026-12-02T10:00:00Z"), 503, 2, Instant.parse("2099-01-01T00:00:00Z"), "503 from server",
          null));
      store.crawlLog().put(new CrawlState("http://127.0.0.1:9/a.html", feed, CrawlState.PAGE, null, null,
          Instant.parse("2026-12-02T09:00:00Z"), 200, 0, null, null, "ab"));
      store.crawlLog().put(new CrawlState("http://127.0.0.1:9/b.html", feed, CrawlState.PAGE, null, null,
          Instant.parse("2026-12-02T09:00:00Z"), 0, 1, null, "timed out", null));
    }
    CliRun.Run text = ServerCommandsTest.run("status", "--db", db);
    assertThat(text.code()).as(text.err()).isEqualTo(Main.OK);
    assertThat(text.out()).contains(feed, "status 503", "2 failure(s) in a row: 503 from server",
        "2 page(s), 1 failing", "database: 0 article(s)");
    CliRun.Run json = ServerCommandsTest.run("status", "--db", db, "--json");
    assertThat(json.out().lines().count()).isEqualTo(1); // one object, the same GET /api/status answers
    JsonNode o = new ObjectMapper().readTree(json.out());
    JsonNode src = o.get("sources").get(0);
    assertThat(src.get("source").asText()).isEqualTo(feed);
    assertThat(src.get("failures").asInt()).isEqualTo(2);
    assertThat(src.get("pages").asInt()).isEqualTo(2);
    assertThat(src.get("pages_failing").asInt()).isEqualTo(1);
    assertThat(src.get("next_fetch").asText()).isEqualTo("2099-01-01T00:00:00Z");
    assertThat(o.get("articles_today").asLong()).isZero();
    assertThat(o.get("totals").get("articles").asLong()).isZero();
  }

  @Test
  void aMissingDatabaseIsNothingToReadAndCreatesNothing() {
    Path missing = dir.resolve("none").resolve("w.db");
    CliRun.Run r = ServerCommandsTest.run("status", "--db", missing.toString());
    assertThat(r.code()).isEqualTo(Main.NOTHING_READ);
    assertThat(missing.getParent()).doesNotExist();
  }
}
