package org.trucewatch.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of slow authenticated uploads beside readers, against a server on loopback only: {@code U}
 * clients each open {@code POST /api/articles} with a large declared length and send one byte every {@code I} ms
 * (reconnecting when the server ends the upload), while {@code R} reader threads {@code GET} a route; the readers'
 * latencies are measured alone first, then beside the uploaders. At most 1,000 uploaders, 64 readers and 120 s.
 *
 * <pre>
 * java -cp "trucewatch-server/target/test-classes:trucewatch-server/target/trucewatch-server.jar:trucewatch-server/target/lib/*" \
 *   org.trucewatch.server.SlowUploadBench http://127.0.0.1:8080 TOKEN 300 4000 4 40
 * </pre>
 */
public final class SlowUploadBench {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private SlowUploadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println("usage: SlowUploadBench BASE_URL TOKEN UPLOADERS BYTE_INTERVAL_MS READERS SECONDS [PATH]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    if (!LOOPBACK.contains(base.getHost())) {
      throw new IllegalArgumentException("loopback only: " + base.getHost());
    }
    String token = args[1];
    int uploaders = Math.min(1000, Integer.parseInt(args[2]));
    long interval = Math.max(10, Long.parseLong(args[3]));
    int readers = Math.min(64, Integer.parseInt(args[4]));
    long seconds = Math.min(120, Long.parseLong(args[5]));
    String path = args.length > 6 ? args[6] : "/api/incidents?limit=20";

    long alone = Math.min(10, seconds / 4);
    List<Long> before = read(base, path, readers, alone * 1000);
    System.out.printf("readers alone (%d s): %s%n", alone, summary(before));

    long end = System.currentTimeMillis() + seconds * 1000;
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    AtomicInteger connections = new AtomicInteger();
    List<Thread> slow = new ArrayList<>();
    for (int i = 0; i < uploaders; i++) {
      Thread t = new Thread(() -> upload(base, token, interval, end, outcomes, connections), "slow-" + i);
      t.setDaemon(true);
      t.start();
      slow.add(t);
    }
    Thread.sleep(Math.min(8000, seconds * 250)); // let every uploader connect before measuring
    List<Long> beside = read(base, path, readers, end - System.currentTimeMillis());
    for (Thread t : slow) {
      t.join(interval + 2000);
    }
    System.out.printf("readers beside %d slow uploaders (a byte every %d ms): %s%n", uploaders, interval,
        summary(beside));
    System.out.printf("uploads: %d connections; outcomes %s%n", connections.get(), outcomes);
  }

  /** One slow uploader until {@code end}: a byte every {@code interval} ms, reconnecting when the server answers. */
  private static void upload(URI base, String token, long interval, long end, Map<String, AtomicInteger> outcomes,
      AtomicInteger connections) {
    int port = base.getPort() < 0 ? 80 : base.getPort();
    while (System.currentTimeMillis() < end) {
      connections.incrementAndGet();
      String outcome = "open at the end";
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(base.getHost().replace("[", "").replace("]", ""), port), 5000);
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write(("POST /api/articles HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
            + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000000\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        while (System.currentTimeMillis() < end) {
          if (in.available() > 0) {
            byte[] head = new byte[Math.min(64, in.available())];
            int n = in.read(head);
            String line = new String(head, 0, Math.max(0, n), StandardCharsets.ISO_8859_1);
            outcome = line.startsWith("HTTP/1.1 ") && line.length() >= 12 ? "status " + line.substring(9, 12)
                : "answered";
            break;
          }
          out.write('{');
          out.flush();
          Thread.sleep(interval);
        }
      } catch (IOException e) {
        outcome = "closed by the server";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
      if (outcome.startsWith("status") || outcome.startsWith("closed")) {
        sleepQuietly(200); // an attacker comes straight back; a short pause keeps the loop bounded
      }
    }
  }

  /** Latencies (ms) of GETs by {@code threads} threads for {@code millis}; a failed or timed-out GET counts as 10 s. */
  private static List<Long> read(URI base, String path, int threads, long millis) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Long> all = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    long end = System.currentTimeMillis() + Math.max(1000, millis);
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        while (System.currentTimeMillis() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(READ_TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              failures.incrementAndGet();
            }
            all.add((System.nanoTime() - t0) / 1_000_000);
          } catch (IOException e) {
            failures.incrementAndGet();
            all.add(READ_TIMEOUT.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "reader-" + i);
      t.start();
      ts.add(t);
    }
    for (Thread t : ts) {
      t.join();
    }
    all.add(-failures.get() - 1L); // the failure count rides along as a negative sentinel
    return all;
  }

  private static String summary(List<Long> latencies) {
    List<Long> l = new ArrayList<>(latencies);
    long failures = -l.remove(l.size() - 1) - 1;
    Collections.sort(l);
    if (l.isEmpty()) {
      return "no requests";
    }
    return String.format("%d GETs, %d failed or timed out, p50 %d ms, p99 %d ms, max %d ms", l.size(), failures,
        l.get(l.size() / 2), l.get((int) Math.min(l.size() - 1, Math.ceil(l.size() * 0.99) - 1)), l.get(l.size() - 1));
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
