package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.server.api.ApiReadTest.error;

import io.javalin.Javalin;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.Store;

/** Token-protected reading, and a failing store answered with a 500 that reveals nothing of the server. */
class ApiGuardsTest {

  /** A store whose every call fails as a broken database would, with internals in the message. */
  private static Store broken() {
    return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
        (p, m, a) -> {
          if (m.getName().equals("close")) {
            return null;
          }
          throw new IllegalStateException("SQLITE_CORRUPT at /var/secret/path.db: SELECT * FROM incidents");
        });
  }

  @Test
  void readingCanRequireTheToken() throws Exception {
    Javalin app = new ApiServer(broken(), null, Fixtures.server(1024, true), "tok", Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    try {
      Fixtures.Http http = Fixtures.Http.to(app.port());
      error(http.get("/api/stats"), 401, "Authorization");
      error(http.get("/api/stats", "Authorization", "Bearer nope"), 403, "not valid");
      // The token opens reading (then the broken store answers).
      assertThat(http.get("/api/stats", "Authorization", "Bearer tok").statusCode()).isEqualTo(500);
    } finally {
      app.stop();
    }
  }

  @Test
  void aFailingStoreIsA500WithoutInternals() throws Exception {
    Javalin app = new ApiServer(broken(), null, Fixtures.server(1024, false), null, Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    try {
      var r = Fixtures.Http.to(app.port()).get("/api/incidents");
      error(r, 500, "log");
      assertThat(r.body()).doesNotContain("SQLITE").doesNotContain("/var/secret").doesNotContain("SELECT");
    } finally {
      app.stop();
    }
  }

  @Test
  void withoutATokenInTheEnvironmentWritingIsDisabledNamingTheVariable() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tw-guards");
    try (Store store = Fixtures.emptyStore(dir)) {
      var writer = new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK);
      Javalin app = new ApiServer(store, writer, Fixtures.server(1024, false), " ", Fixtures.CLOCK).create()
          .start("127.0.0.1", 0);
      try {
        error(Fixtures.Http.to(app.port()).send("DELETE", "/api/ceasefires/x", null, "Authorization",
            "Bearer anything"), 403, "TRUCEWATCH_API_TOKEN");
      } finally {
        app.stop();
      }
    }
  }
}
