package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.Store;
import org.trucewatch.watch.WatchStatus;

/** {@code GET /api/status}: the watcher's sources and today's counts, the same object {@code status --json} prints. */
class StatusRouteTest {

  @TempDir Path dir;

  @Test
  void answersTheSourcesAndTodaysCountsAsStatusJsonDoes() throws Exception {
    String feed = "http://127.0.0.1:9/feed.xml";
    try (Store store = Fixtures.sampleStore(dir)) {
      store.crawlLog().put(new CrawlState(feed, feed, CrawlState.FEED, "\"f\"", null,
          Instant.parse("2026-01-15T07:45:00Z"), 304, 0, Instant.parse("2026-01-15T08:15:00Z"), null, null));
      store.crawlLog().put(new CrawlState("http://127.0.0.1:9/a.html", feed, CrawlState.PAGE, null, null,
          Instant.parse("2026-01-15T07:45:02Z"), 0, 2, Instant.parse("2026-01-15T09:00:00Z"), "HTTP 503", null));
      Javalin app = new ApiServer(store, null, Fixtures.server(1 << 20, false), null, Fixtures.CLOCK).create()
          .start("127.0.0.1", 0);
      try {
        var r = Fixtures.Http.to(app.port()).get("/api/status");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode o = new ObjectMapper().readTree(r.body());
        assertThat(o.get("today").asText()).isEqualTo("2026-01-15");
        JsonNode s = o.get("sources").get(0);
        assertThat(s.get("source").asText()).isEqualTo(feed);
        assertThat(s.get("last_fetch").asText()).isEqualTo("2026-01-15T07:45:00Z");
        assertThat(s.get("next_fetch").asText()).isEqualTo("2026-01-15T08:15:00Z");
        assertThat(s.get("status").asInt()).isEqualTo(304);
        assertThat(s.get("pages").asInt()).isEqualTo(1);
        assertThat(s.get("pages_failing").asInt()).isEqualTo(1);
        assertThat(o.get("articles_today").asLong()).isEqualTo(5); // the samples were stored "today"
        assertThat(o.get("totals").get("articles").asLong()).isEqualTo(5);
        // one builder behind both front ends: the command's JSON is this very object
        ObjectMapper m = new ObjectMapper();
        assertThat(o).isEqualTo(m.readTree(m.writeValueAsString(WatchStatus.read(store, Fixtures.CLOCK).json(m))));
      } finally {
        app.stop();
      }
    }
  }
}
