package org.trucewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.server.CliRun;

/** {@code watch --once --alert-webhook} as the command line runs it, on 127.0.0.1, and its bad options. */
class WatchCommandAlertsTest {

  @TempDir Path dir;


  static CliRun.Run run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void aSecondWatchOnceOfTheSameFeedSendsNoAlertAgain() throws Exception {
    byte[] page = WatchAlertsTest.html(Files.readString(Path.of("..", "data", "samples", "001_5de2810223cfa222.txt")))
        .getBytes(StandardCharsets.UTF_8);
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>One</title><item><title>One</title>"
        + "<link>" + base + "/one.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body = path.equals("/feed.xml") ? feed : path.equals("/one.html") ? page : null;
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
      } else {
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(body);
        }
      }
      ex.close();
    });
    site.start();
    try (WebhookReceiver hook = new WebhookReceiver()) {
      String db = dir.resolve("w.db").toString();
      CliRun.Run first = run("watch", "--once", "--db", db, "--alert-webhook", hook.url("/hook"), base + "/feed.xml");
      assertThat(first.code()).as(first.err()).isZero();
      int sent = hook.accepted().size();
      assertThat(sent).isPositive();
      assertThat(first.out()).contains("alerts: " + sent + " queued, " + sent + " delivered, 0 given up, 0 waiting.");

      CliRun.Run second = run("watch", "--once", "--db", db, "--alert-webhook", hook.url("/hook"), base + "/feed.xml");
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(second.out()).contains("1 unchanged (304)").contains("alerts: 0 queued, 0 delivered");
      assertThat(hook.received).hasSize(sent);

      CliRun.Run log = run("alerts", "--db", db, "--json");
      assertThat(log.code()).as(log.err()).isZero();
      List<String> lines = log.out().lines().toList();
      assertThat(lines).hasSize(sent);
      for (String line : lines) {
        JsonNode o = new ObjectMapper().readTree(line);
        assertThat(o.get("state").asText()).isEqualTo("delivered");
        assertThat(o.get("tries").get(0).get("status").asInt()).isEqualTo(204);
        assertThat(o.get("payload").get("alert_id").asText()).isEqualTo(o.get("id").asText());
      }
      assertThat(run("alerts", "--db", dir.resolve("none.db").toString()).code()).isEqualTo(1);
    } finally {
      site.stop(0);
    }
  }

  @Test
  void aWebhookThatIsNotHttpIsAUsageErrorAndABadRuleAConfigurationError() throws Exception {
    CliRun.Run r = run("watch", "--once", "--db", dir.resolve("x.db").toString(), "--alert-webhook", "ftp://127.0.0.1/x",
        "http://127.0.0.1:9/feed.xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--alert-webhook").contains("ftp://127.0.0.1/x");

    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"alerts\": {\"rules\": [{\"name\": \"r1\", \"standing\": \"confirmed\", "
        + "\"webhooks\": [\"http://127.0.0.1:9/\"]}]}}");
    CliRun.Run c = run("--config", config.toString(), "watch", "--once", "--db", dir.resolve("y.db").toString(),
        "http://127.0.0.1:9/feed.xml");
    assertThat(c.code()).isEqualTo(3);
    assertThat(c.err()).contains("r1").contains("confirmed");
  }
}
