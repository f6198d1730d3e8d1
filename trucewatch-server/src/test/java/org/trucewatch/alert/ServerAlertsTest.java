package org.trucewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.server.Fixtures;
import org.trucewatch.server.api.ApiServer;
import org.trucewatch.server.api.StoreWriter;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import org.trucewatch.watch.FakeTime;

/** Articles posted to the server are alerted on after their ingestion (the hook {@code serve} gives the server). */
class ServerAlertsTest {

  @TempDir Path dir;

  @Test
  void anArticlePostedToTheApiIsAlertedOnceAfterItsIngestion() throws Exception {
    Store store = Fixtures.emptyStore(dir);
    FakeTime time = new FakeTime();
    try (WebhookReceiver hook = new WebhookReceiver()) {
      TrucewatchConfig.Alerts policy = new TrucewatchConfig.Alerts(null, 5, 3, 2, 5, List.of(
          new TrucewatchConfig.Alerts.Rule("attacks", null, null, null, "attack", null, null, 0,
              List.of(hook.url("/hook")))), null);
      Alerter alerter = new Alerter(store, AlertRule.all(policy, List.of(), Fixtures.pipeline()), policy,
          new WebhookPoster(Duration.ofSeconds(5), "TruceWatch/test"), time, time::sleep, () -> false, p -> { });
      Javalin app = new ApiServer(store, new StoreWriter(Fixtures.pipeline(), store, Fixtures.CLOCK),
          Fixtures.pipeline().profiles(), Fixtures.server(1 << 20, false), "t0ken", Fixtures.CLOCK, () -> {
            try {
              alerter.run();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }).create().start("127.0.0.1", 0);
      try {
        String article = "{\"id\":\"a-1\",\"title\":\"Shelling\",\"published\":\"2020-10-28\",\"outlet\":\"Wire\","
            + "\"text\":\"Shelling.\\n\\nThe Armenian Defence Ministry said Azerbaijani forces shelled Martuni on "
            + "Tuesday, killing two civilians.\"}";
        var http = Fixtures.Http.to(app.port());
        assertThat(http.send("POST", "/api/articles", "[" + article + "]", "Content-Type", "application/json",
            "Authorization", "Bearer t0ken").statusCode()).isEqualTo(201);
        Set<String> attacks = new HashSet<>();
        store.incidents(IncidentQuery.all()).stream().filter(i -> i.type().label().equals("attack"))
            .forEach(i -> attacks.add(i.id()));
        assertThat(attacks).isNotEmpty();
        Set<String> alerted = new HashSet<>();
        for (WebhookReceiver.Received r : hook.received) {
          alerted.add(new ObjectMapper().readTree(r.body()).get("incident").get("id").asText());
        }
        assertThat(alerted).isEqualTo(attacks);
        assertThat(hook.received).hasSize(attacks.size());
        // the same bytes again: nothing new, no alert
        http.send("POST", "/api/articles", "[" + article + "]", "Content-Type", "application/json",
            "Authorization", "Bearer t0ken");
        assertThat(hook.received).hasSize(attacks.size());
      } finally {
        app.stop();
      }
    } finally {
      store.close();
    }
  }
}
