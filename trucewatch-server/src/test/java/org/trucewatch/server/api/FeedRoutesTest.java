package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Incident;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of incidents and the Server-Sent Events stream, on a server on 127.0.0.1. */
class FeedRoutesTest {

  private static final String TOKEN = "feed-token";
  @TempDir Path dir;

  private static String text(Element e, String name) {
    NodeList l = e.getElementsByTagNameNS(AtomFeed.NS, name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  @Test
  void theAtomFeedParsesAndHoldsTheNewestAttacks() throws Exception {
    Store store = Fixtures.sampleStore(dir);
    Javalin app = new ApiServer(store, null, Fixtures.server(4096, false), null, Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    try {
      Fixtures.Http http = Fixtures.Http.to(app.port());
      HttpResponse<String> r = http.get("/api/incidents.atom?limit=5");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
      Element feed = doc.getDocumentElement();
      assertThat(feed.getLocalName()).isEqualTo("feed");
      assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NS);
      assertThat(text(feed, "id")).isNotBlank();
      assertThat(text(feed, "title")).isNotBlank();

      List<Incident> attacks = new ArrayList<>(store.incidents(new IncidentQuery(null, null, null, null,
          EventType.ATTACK, null, 0, Integer.MAX_VALUE)));
      attacks.sort((a, b) -> (b.date() + b.id()).compareTo(a.date() + a.id()));
      NodeList entries = feed.getElementsByTagNameNS(AtomFeed.NS, "entry");
      assertThat(attacks.size()).isGreaterThan(5);
      assertThat(entries.getLength()).isEqualTo(5);
      String newestUpdate = "";
      for (int k = 0; k < entries.getLength(); k++) {
        Element e = (Element) entries.item(k);
        Incident i = attacks.get(k);
        assertThat(text(e, "id")).isEqualTo("urn:trucewatch:incident:" + i.id());
        assertThat(text(e, "title")).contains(i.date());
        String updated = text(e, "updated");
        java.time.Instant.parse(updated); // RFC 3339
        newestUpdate = updated.compareTo(newestUpdate) > 0 ? updated : newestUpdate;
        Element link = (Element) e.getElementsByTagNameNS(AtomFeed.NS, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("http://127.0.0.1:" + app.port() + "/incident.html?id="
            + i.id());
        assertThat(text(e, "summary")).contains("date: " + i.date())
            .contains("standing: " + i.standing().name().toLowerCase(java.util.Locale.ROOT))
            .contains("sources: " + i.independentSources() + " independent");
      }
      assertThat(text(feed, "updated")).isEqualTo(newestUpdate);
      assertThat(http.get("/api/incidents.atom?standing=rumoured").statusCode()).isEqualTo(400);
    } finally {
      app.stop();
      store.close();
    }
  }

  @Test
  void theStreamSendsAnEventForAnIncidentStoredThroughThePostRoute() throws Exception {
    Store store = Fixtures.emptyStore(dir);
    StoreWriter writer = new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK);
    Javalin app = new ApiServer(store, writer, Fixtures.server(1 << 20, false), TOKEN, Fixtures.CLOCK).create()
        .start("127.0.0.1", 0);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/stream"))
          .header("Accept", "text/event-stream").GET().build();
      var pending = client.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
        assertThat(resp.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (Stream<String> s = resp.body()) {
          s.forEach(lines::add);
        }
      });
      // the greeting comes once the subscriber is registered
      assertThat(lines.poll(60, TimeUnit.SECONDS)).startsWith(":");

      HttpResponse<String> posted = Fixtures.Http.to(app.port()).send("POST", "/api/articles",
          "[" + ApiWriteTest.ARTICLE + "]", "Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
      assertThat(posted.statusCode()).isEqualTo(201);
      Set<String> stored = new HashSet<>();
      store.incidents(IncidentQuery.all()).forEach(i -> stored.add(i.id()));
      assertThat(stored).isNotEmpty();

      Set<String> announced = new HashSet<>();
      String event = null;
      while (announced.size() < stored.size()) {
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("an event line within a minute").isNotNull();
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ") && "incident".equals(event)) {
          JsonNode data = new ObjectMapper().readTree(line.substring(6));
          assertThat(data.get("change").asText()).isEqualTo("new");
          announced.add(data.get("incident").get("id").asText());
        }
      }
      assertThat(announced).isEqualTo(stored);
      pending.cancel(true);
      HttpResponse<String> plain = Fixtures.Http.to(app.port()).get("/api/stream");
      assertThat(plain.statusCode()).isEqualTo(406);
      assertThat(plain.body()).contains("text/event-stream");
    } finally {
      app.stop();
      store.close();
    }
  }
}
