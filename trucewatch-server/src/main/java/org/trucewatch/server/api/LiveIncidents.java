package org.trucewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trucewatch.store.AlertLog;
import org.trucewatch.store.Store;

/**
 * Pushes new and changed incidents to the dashboards subscribed to {@code /api/stream} (Server-Sent Events): while
 * one is connected, the store's incident fingerprints are compared every {@value #POLL_SECONDS} s and at once after a
 * write through this server, and each incident that appeared or changed is sent as an {@code incident} event
 * ({@code {"change": "new"|"changed", "incident": {...}}}, the incident as {@code /api/incidents} gives it); an incident
 * merged away is a {@code removed} event ({@code {"id"}}). Polling sees what other processes write too (a watcher on
 * the same database). A comment every {@value #KEEP_ALIVE_POLLS} polls keeps proxies from closing a quiet stream.
 * One daemon thread does all of it; the store is the server's.
 */
final class LiveIncidents {

  private static final Logger LOG = LoggerFactory.getLogger(LiveIncidents.class);
  static final int POLL_SECONDS = 2;
  static final int KEEP_ALIVE_POLLS = 10;

  private final Store store;
  private final ObjectMapper mapper;
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService poller;
  // what the subscribers have been shown, by incident id; null while none is connected (touched by the poller only)
  private Map<String, String> shown;
  private int polls;

  LiveIncidents(Store store, ObjectMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  /** A new subscriber: kept open until it goes. */
  void subscribe(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    synchronized (this) {
      if (poller == null) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "trucewatch-live");
          t.setDaemon(true);
          return t;
        });
        poller.scheduleWithFixedDelay(this::safeCheck, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
      }
      // the subscriber's page loads what is there now; it is sent what changes after
      poller.execute(() -> {
        if (shown == null) {
          shown = fingerprints();
        }
        clients.add(client);
        // said once the subscriber is registered: what is stored from now on reaches it
        client.sendComment("TruceWatch incidents: new and changed ones follow as they are stored");
      });
    }
  }

  /** Stops polling and lets the subscribers go; a later subscriber starts it again. */
  void close() {
    synchronized (this) {
      if (poller != null) {
        poller.shutdownNow();
        poller = null;
      }
    }
    clients.forEach(SseClient::close);
    clients.clear();
  }

  /** Something was written: look now rather than at the next poll. */
  void changed() {
    synchronized (this) {
      if (poller != null) {
        poller.execute(this::safeCheck);
      }
    }
  }

  private void safeCheck() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.warn("live incidents: cannot compare the incidents: {}", e.getMessage());
    }
  }

  private void check() {
    clients.removeIf(SseClient::terminated);
    if (clients.isEmpty()) {
      shown = null;
      return;
    }
    if (++polls % KEEP_ALIVE_POLLS == 0) {
      clients.forEach(c -> c.sendComment("keep-alive"));
    }
    Map<String, String> now = fingerprints();
    Map<String, String> before = shown == null ? now : shown;
    shown = now;
    for (Map.Entry<String, String> e : now.entrySet()) {
      String was = before.get(e.getKey());
      if (!e.getValue().equals(was)) {
        store.incident(e.getKey()).ifPresent(i -> {
          ObjectNode o = mapper.createObjectNode();
          o.put("change", was == null ? "new" : "changed");
          o.set("incident", Views.incident(mapper, i));
          send("incident", o);
        });
      }
    }
    for (String id : before.keySet()) {
      if (!now.containsKey(id)) {
        send("removed", mapper.createObjectNode().put("id", id));
      }
    }
  }

  private Map<String, String> fingerprints() {
    Map<String, String> m = new HashMap<>();
    for (AlertLog.Mark mark : store.alertLog().marks()) {
      m.put(mark.incidentId(), mark.fingerprint());
    }
    return m;
  }

  private void send(String event, ObjectNode data) {
    String json;
    try {
      json = mapper.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    for (SseClient c : clients) {
      c.sendEvent(event, json);
    }
  }
}
