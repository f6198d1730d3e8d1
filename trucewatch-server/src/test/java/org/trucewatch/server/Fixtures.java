package org.trucewatch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/** Test fixtures: a fixed clock, a SQLite store in a temporary folder holding the sample articles, HTTP helpers. */
public final class Fixtures {

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC);
  private static Pipeline pipeline;

  private Fixtures() {}

  /** One pipeline per test JVM: its models take a second or two to load. */
  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = new Pipeline(TrucewatchConfig.defaults(), CLOCK);
    }
    return pipeline;
  }

  /** The project's sample articles (data/samples at the repository root). */
  public static Path samples() {
    Path p = Path.of("..", "data", "samples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("the sample articles are not at " + p.toAbsolutePath());
    }
    return p;
  }

  /** An empty SQLite store in {@code dir}. */
  public static Store emptyStore(Path dir) {
    return JdbcStore.open(dir.resolve("test.db").toString(), CLOCK, Map.of());
  }

  /** A SQLite store in {@code dir} holding the five sample articles, ingested as {@code trucewatch ingest} does. */
  public static Store sampleStore(Path dir) {
    Store store = emptyStore(dir);
    new IngestRun(pipeline(), store, CLOCK).run(List.of(samples().toString()), line -> { }, p -> { });
    return store;
  }

  /** A hand-written report of another conflict (shelling of Donetsk, War in Donbas), as JSON Lines. */
  public static Path donbasReport() {
    return Path.of("src", "test", "resources", "org", "trucewatch", "server", "donbas-report.jsonl");
  }

  /** The sample store with the Donbas report added: incidents of two conflicts. */
  public static Store twoConflictStore(Path dir) {
    Store store = sampleStore(dir);
    new IngestRun(pipeline(), store, CLOCK).run(List.of(donbasReport().toString()), line -> { }, p -> { });
    return store;
  }

  /** The server section of the defaults with another body limit. */
  public static TrucewatchConfig.Server server(long maxBodyBytes, boolean readRequiresToken) {
    TrucewatchConfig.Server d = TrucewatchConfig.defaults().server();
    return new TrucewatchConfig.Server(d.host(), 0, d.tokenEnv(), readRequiresToken, maxBodyBytes);
  }

  /** A small HTTP client for one server. */
  public record Http(HttpClient client, String base) {

    public static Http to(int port) {
      return new Http(HttpClient.newHttpClient(), "http://127.0.0.1:" + port);
    }

    public HttpResponse<String> get(String path, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).method(method,
          body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
      if (headers.length > 0) {
        b.headers(headers);
      }
      try {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
