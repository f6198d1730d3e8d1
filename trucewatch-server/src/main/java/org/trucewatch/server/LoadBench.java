package org.trucewatch.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.server.api.ApiServer;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/**
 * A bounded load test of the API on loopback: starts the server over an existing store on a free port of 127.0.0.1,
 * sends a fixed number of GET requests per route from a fixed number of client threads (each route also stops at a
 * time limit), and prints requests per second and latency percentiles, counting every non-200 answer as an error.
 *
 * <pre>java -cp "trucewatch-server/target/trucewatch-server.jar:trucewatch-server/target/lib/*" \
 *     org.trucewatch.server.LoadBench STORE [THREADS] [REQUESTS] [SECONDS]</pre>
 */
public final class LoadBench {

  private LoadBench() {}

  /** What one route measured. */
  record Result(String route, int requests, int errors, double seconds, long[] nanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMs(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int k = (int) Math.ceil(p / 100 * nanos.length) - 1;
      return nanos[Math.max(0, Math.min(nanos.length - 1, k))] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LoadBench STORE [THREADS=8] [REQUESTS=4000] [SECONDS=30]");
      System.exit(2);
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    TrucewatchConfig.Server config = TrucewatchConfig.defaults().server();
    try (Store store = JdbcStore.open(args[0])) {
      Javalin app = new ApiServer(store, null, Profiles.load(List.of()), config, null, Clock.systemUTC()).create().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf(Locale.ROOT, "store %s, %d client threads, %d requests per route (at most %d s)%n",
            store.location(), threads, requests, seconds);
        for (String route : routes(store)) {
          run(client, base + route, threads, Math.min(500, requests), seconds); // warm-up, not reported
          Result r = run(client, base + route, threads, requests, seconds);
          System.out.printf(Locale.ROOT, "%-62s %6d req %4d errors %9.1f req/s  p50 %6.2f ms  p99 %6.2f ms  "
              + "max %7.2f ms%n", route, r.requests(), r.errors(), r.perSecond(), r.percentileMs(50),
              r.percentileMs(99), r.percentileMs(100));
        }
      } finally {
        app.stop();
      }
    }
  }

  /**
   * The routes measured: named from what the store holds (its busiest conflict, that conflict's most accused party
   * and the month of its first incident), so that no conflict is named here and every filter finds rows.
   */
  static List<String> routes(Store store) {
    List<Incident> all = store.incidents(IncidentQuery.all());
    String conflict = busiest(all.stream().map(Incident::conflict).toList());
    List<Incident> mine = all.stream().filter(i -> conflict != null && conflict.equals(i.conflict())).toList();
    String party = busiest(mine.stream().map(Incident::perpetrator).toList());
    List<String> out = new ArrayList<>(List.of("/api/incidents?limit=100", "/api/conflicts"));
    if (party != null) {
      String month = mine.get(0).date().substring(0, 7);
      out.add("/api/incidents?conflict=" + enc(conflict) + "&party=" + enc(party) + "&from=" + month + "-01&to="
          + YearMonth.parse(month).atEndOfMonth());
      out.add("/api/search?q=%22ceasefire%22+" + enc(party));
    }
    out.add("/api/search?q=shelling");
    return out;
  }

  private static String busiest(List<String> values) {
    Map<String, Long> n = values.stream().filter(v -> v != null)
        .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  static Result run(HttpClient client, String url, int threads, int requests, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] nanos = new long[requests];
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        int k;
        while ((k = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          nanos[k] = System.nanoTime() - s;
        }
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    int done = Math.min(requests, next.get());
    long[] measured = Arrays.copyOf(nanos, done);
    Arrays.sort(measured);
    return new Result(url, done, errors.get(), elapsed, measured);
  }
}
