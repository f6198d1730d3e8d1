package org.trucewatch.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted web site on 127.0.0.1 for the watcher's tests: routes by path, and every request recorded with the time
 * of the test's clock when it arrived. Closed by the test.
 */
final class LoopbackSite implements AutoCloseable {

  /** A scripted answer: status, headers, body. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply of(int status, String type, String body) {
      return new Reply(status, type == null ? Map.of() : Map.of("Content-Type", type),
          body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One request as the site saw it: path, the clock's time, the status answered, body bytes sent. */
  record Hit(String path, Instant at, int status, int bytes, String userAgent) {}

  final Map<String, Function<HttpExchange, Reply>> routes = new ConcurrentHashMap<>();
  final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  final String base;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  LoopbackSite(Clock clock) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      Instant at = clock.instant();
      var route = routes.get(ex.getRequestURI().getPath());
      Reply r = route == null ? Reply.of(404, "text/plain", "no") : route.apply(ex);
      r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      boolean empty = r.status() == 304 || r.body().length == 0;
      hits.add(new Hit(ex.getRequestURI().getPath(), at, r.status(), empty ? 0 : r.body().length,
          ex.getRequestHeaders().getFirst("User-Agent")));
      try {
        ex.sendResponseHeaders(r.status(), empty ? -1 : r.body().length);
        if (!empty) {
          try (OutputStream os = ex.getResponseBody()) {
            os.write(r.body());
          }
        }
      } catch (IOException e) {
        // the client gave up (a timeout test): nothing to answer
      }
      ex.close();
    });
    server.setExecutor(pool); // a handler that stalls (the timeout test) must not hold up the others
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers 304 when the request's If-None-Match is the tag, else the body with the tag. */
  static Function<HttpExchange, Reply> tagged(String type, String body, String etag) {
    return ex -> etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))
        ? new Reply(304, Map.of("ETag", etag), new byte[0])
        : new Reply(200, Map.of("Content-Type", type, "ETag", etag), body.getBytes(StandardCharsets.UTF_8));
  }

  /** robots.txt allowing everything. */
  LoopbackSite open() {
    routes.put("/robots.txt", ex -> Reply.of(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    return this;
  }

  List<Hit> hits(String path) {
    synchronized (hits) {
      return hits.stream().filter(h -> h.path().equals(path)).toList();
    }
  }

  long full(String path) {
    return hits(path).stream().filter(h -> h.status() == 200).count();
  }

  /** A news page: a headline and a report of shelling at a place on a weekday, with or without a date in its head. */
  static String page(String title, String text, String published) {
    return "<!doctype html><html><head><title>" + title + "</title>"
        + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
        + "</head><body><article><h1>" + title + "</h1><p>" + text + "</p><p>" + text
        + " Officials said the talks would resume on Monday.</p></article></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
