package org.trucewatch.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A webhook on 127.0.0.1 that answers scripted statuses (then 204) and keeps every request it got; a 429 asks to retry
 * after 30 s, a 503 about incident {@code inc-later} after 10 minutes.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request: the path, the alert id header, the body. */
  record Received(String path, String alertId, String event, String body, int answered, String signature) {}

  private final HttpServer server;
  private final Deque<Integer> script = new ArrayDeque<>();
  final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status;
      synchronized (script) {
        status = script.isEmpty() ? 204 : script.poll();
      }
      received.add(new Received(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("X-TruceWatch-Alert"),
          ex.getRequestHeaders().getFirst("X-TruceWatch-Event"), body, status,
          ex.getRequestHeaders().getFirst("X-TruceWatch-Signature")));
      if (status == 429) {
        ex.getResponseHeaders().add("Retry-After", "30");
      } else if (status == 503 && body.contains("inc-later")) {
        ex.getResponseHeaders().add("Retry-After", "600");
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    server.start();
  }

  /** The next answers, in order; 204 after them. */
  void answer(Integer... statuses) {
    synchronized (script) {
      script.addAll(List.of(statuses));
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Requests answered 2xx. */
  List<Received> accepted() {
    synchronized (received) {
      return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
