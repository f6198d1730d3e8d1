package org.trucewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.AlertAttempt;
import org.trucewatch.store.AlertDelivery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.watch.FakeTime;

/** The alerter against a webhook on 127.0.0.1, over incidents put in a SQLite store; a fake clock, so nothing waits. */
class AlerterTest {

  private static final Location TARTAR = new Location("Tartar", 40.34, 46.93, "AZ", "Tartar", "place", "Tartar");
  private static final Location FUZULI = new Location("Fuzuli District", 39.6, 47.14, "AZ", "Fuzuli", "district",
      "Fuzuli District");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Pipeline pipeline;

  /** A clock the sleeper moves forward. */

  @TempDir Path dir;
  private final FakeTime time = new FakeTime();
  private final List<String> problems = new ArrayList<>();
  private WebhookReceiver hook;
  private Store store;

  @BeforeAll
  static void pipeline() {
    pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"),
        ZoneOffset.UTC));
  }

  @AfterAll
  static void done() {
    pipeline = null;
  }

  @BeforeEach
  void open() throws Exception {
    hook = new WebhookReceiver();
    store = JdbcStore.open(dir.resolve("alerts.db").toString(), time, Map.of());
  }

  @AfterEach
  void close() {
    hook.close();
    store.close();
  }

  private static TrucewatchConfig.Alerts.Rule rule(String name, String conflict, String place, String party,
      String type, String subtype, String standing, int minCasualties, String webhook) {
    return new TrucewatchConfig.Alerts.Rule(name, conflict, place, party, type, subtype, standing, minCasualties,
        List.of(webhook));
  }

  private Alerter alerter(TrucewatchConfig.Alerts.Rule... rules) {
    return alerter(Map.of(), rules);
  }

  /** An alerter whose poster reads its signing secret from {@code env}, as the commands do from theirs. */
  private Alerter alerter(Map<String, String> env, TrucewatchConfig.Alerts.Rule... rules) {
    TrucewatchConfig.Alerts policy = new TrucewatchConfig.Alerts("http://127.0.0.1:8080", 5, 3, 2, 5, List.of(rules),
        "TW_TEST_SECRET");
    return new Alerter(store, AlertRule.all(policy, List.of(), pipeline), policy,
        WebhookPoster.configured(policy, "TruceWatch/test", env), time, time::sleep, () -> false, problems::add);
  }

  private Alerter catchAll() {
    return alerter(TrucewatchConfig.Alerts.Rule.catchAll(hook.url("/all")));
  }

  private void put(String id, Location where, String perpetrator, Standing standing, Integer killed) {
    store.inTransaction(tx -> {
      tx.putIncident(new Incident(id, EventType.ATTACK, "shelling", "2025-05-31", null, where, perpetrator, standing,
          null, 1, killed, null, List.of("ev-" + id), "karabakh", null));
      return null;
    });
  }

  @Test
  void aWebhookThatFailsTwiceGetsTheAlertOnceOnTheThirdAttempt() throws Exception {
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, 2);
    hook.answer(500, 500);

    Alerter.Report r = catchAll().run();

    assertThat(r).isEqualTo(new Alerter.Report(1, 1, 0, 0));
    assertThat(hook.received).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
    assertThat(hook.received).extracting(WebhookReceiver.Received::body).containsOnly(hook.received.get(0).body());
    assertThat(hook.accepted()).hasSize(1);
    assertThat(time.slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    AlertDelivery d = store.alertLog().deliveries(10).get(0);
    assertThat(d.state()).isEqualTo(AlertDelivery.DELIVERED);
    assertThat(d.attempts()).isEqualTo(3);
    assertThat(store.alertLog().attempts(d.id())).extracting(AlertAttempt::status).containsExactly(500, 500, 204);
    assertThat(store.alertLog().attempts(d.id())).extracting(AlertAttempt::error)
        .containsExactly("HTTP 500", "HTTP 500", null);

    JsonNode body = JSON.readTree(hook.accepted().get(0).body());
    assertThat(body.get("alert_id").asText()).isEqualTo(d.id()).isEqualTo(hook.accepted().get(0).alertId());
    assertThat(body.get("event").asText()).isEqualTo("new_incident");
    assertThat(body.get("standing").asText()).isEqualTo("alleged");
    assertThat(body.get("previous_standing").isNull()).isTrue();
    assertThat(body.get("incident").get("id").asText()).isEqualTo("inc-1");
    assertThat(body.get("url").asText()).isEqualTo("http://127.0.0.1:8080/incident.html?id=inc-1");
    assertThat(body.get("summary").asText()).contains("place: Tartar").contains("standing: alleged")
        .contains("2 killed");
  }

  @Test
  void withASecretEachPostIsSignedOverItsExactBytesAndWithoutOneItIsNot() throws Exception {
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, 2);
    alerter(Map.of("TW_TEST_SECRET", "s3cret"), TrucewatchConfig.Alerts.Rule.catchAll(hook.url("/signed"))).run();
    put("inc-2", TARTAR, "Armenia", Standing.ALLEGED, 1);
    alerter(TrucewatchConfig.Alerts.Rule.catchAll(hook.url("/plain"))).run();

    WebhookReceiver.Received signed = hook.received.stream().filter(r -> r.path().equals("/signed")).findFirst()
        .orElseThrow();
    // what a receiver does: the HMAC-SHA256 of the bytes it got, under the secret it shares
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "HmacSHA256"));
    String expected = "sha256=" + java.util.HexFormat.of().formatHex(
        mac.doFinal(signed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(signed.signature()).isEqualTo(expected);
    assertThat(hook.received).filteredOn(r -> r.path().equals("/plain")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.signature()).isNull());
  }

  @Test
  void nothingIsSentTwiceNotEvenByAnotherAlerterAfterARestart() throws Exception {
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, null);
    assertThat(catchAll().run().delivered()).isEqualTo(1);

    assertThat(catchAll().run()).isEqualTo(new Alerter.Report(0, 0, 0, 0));
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, 3); // more casualties, same standing: no alert
    assertThat(catchAll().run()).isEqualTo(new Alerter.Report(0, 0, 0, 0));
    assertThat(hook.received).hasSize(1);
  }

  @Test
  void aRaisedStandingSendsOneAlertAndAFallThenTheSameRiseSendsNone() throws Exception {
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, null);
    Alerter a = catchAll();
    a.run();
    put("inc-1", TARTAR, "Armenia", Standing.DISPUTED, null);
    assertThat(a.run().delivered()).isEqualTo(1);
    assertThat(a.run().delivered()).isZero();
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, null);
    assertThat(a.run().queued()).isZero();
    put("inc-1", TARTAR, "Armenia", Standing.DISPUTED, null);
    assertThat(a.run().queued()).isZero();
    put("inc-1", TARTAR, "Armenia", Standing.CORROBORATED, null);
    assertThat(a.run().delivered()).isEqualTo(1);

    assertThat(hook.received).extracting(WebhookReceiver.Received::event)
        .containsExactly("new_incident", "standing_raised", "standing_raised");
    JsonNode raised = JSON.readTree(hook.received.get(1).body());
    assertThat(raised.get("previous_standing").asText()).isEqualTo("alleged");
    assertThat(raised.get("standing").asText()).isEqualTo("disputed");
    assertThat(JSON.readTree(hook.received.get(2).body()).get("previous_standing").asText()).isEqualTo("disputed");
  }

  @Test
  void eachFilterLetsItsIncidentsThroughAndNoOther() throws Exception {
    put("inc-tartar", TARTAR, "Armenia", Standing.ALLEGED, 1);
    put("inc-fuzuli", FUZULI, "Azerbaijan", Standing.CORROBORATED, 4);
    String url = hook.url("/rules");
    Alerter a = alerter(
        rule("conflict", "karabakh", null, null, null, null, null, 0, url),
        rule("other-conflict", "donbas", null, null, null, null, null, 0, url),
        rule("place", null, "Tartar", null, null, null, null, 0, url),
        rule("province", null, "Fuzuli", null, null, null, null, 0, url),
        rule("party-id", null, null, "AZ", null, null, null, 0, url),
        rule("party-name", null, null, "armenia", null, null, null, 0, url),
        rule("type", null, null, null, "attack", null, null, 0, url),
        rule("other-type", null, null, null, "talks", null, null, 0, url),
        rule("subtype", null, null, null, null, "shelling", null, 0, url),
        rule("other-subtype", null, null, null, null, "armed_clash", null, 0, url),
        rule("standing", null, null, null, null, null, "corroborated", 0, url),
        rule("casualties", null, null, null, null, null, null, 3, url),
        rule("nowhere", null, "Stepanakert", null, null, null, null, 0, url));

    assertThat(a.run().delivered()).isEqualTo(12);

    java.util.Map<String, java.util.Set<String>> byRule = new java.util.TreeMap<>();
    for (WebhookReceiver.Received r : hook.received) {
      JsonNode b = JSON.readTree(r.body());
      byRule.computeIfAbsent(b.get("rule").asText(), k -> new java.util.TreeSet<>())
          .add(b.get("incident").get("id").asText());
    }
    assertThat(byRule).isEqualTo(Map.of(
        "conflict", java.util.Set.of("inc-tartar", "inc-fuzuli"),
        "place", java.util.Set.of("inc-tartar"),
        "province", java.util.Set.of("inc-fuzuli"),
        "party-id", java.util.Set.of("inc-fuzuli"),
        "party-name", java.util.Set.of("inc-tartar"),
        "type", java.util.Set.of("inc-tartar", "inc-fuzuli"),
        "subtype", java.util.Set.of("inc-tartar", "inc-fuzuli"),
        "standing", java.util.Set.of("inc-fuzuli"),
        "casualties", java.util.Set.of("inc-fuzuli")));
  }

  @Test
  void withoutRulesIncidentsAreOnlyMarkedSeenSoALaterRuleAlertsOnWhatComesAfter() throws Exception {
    put("inc-old", TARTAR, "Armenia", Standing.ALLEGED, null);
    assertThat(alerter().run()).isEqualTo(new Alerter.Report(0, 0, 0, 0));
    put("inc-new", FUZULI, "Armenia", Standing.ALLEGED, null);

    catchAll().run();

    assertThat(hook.received).extracting(r -> JSON.readTree(r.body()).get("incident").get("id").asText())
        .containsExactly("inc-new");
  }

  @Test
  void aWebhookThatKeepsFailingIsTriedInLaterRunsThenGivenUp() throws Exception {
    put("inc-1", TARTAR, "Armenia", Standing.ALLEGED, null);
    put("inc-2", FUZULI, "Armenia", Standing.ALLEGED, null);
    hook.answer(503, 503, 503, 503, 503, 503, 503, 503, 503);
    Alerter a = catchAll();

    // four tries of the first alert (one and three retries); the second is not tried against a webhook that is down
    assertThat(a.run()).isEqualTo(new Alerter.Report(2, 0, 0, 2));
    assertThat(hook.received).hasSize(4);
    assertThat(problems).anyMatch(p -> p.contains("HTTP 503") && p.contains("tried again after"));

    // the first is not due again yet; the second gets its four tries
    assertThat(a.run()).isEqualTo(new Alerter.Report(0, 0, 0, 1));
    assertThat(hook.received).hasSize(8);

    // an hour on: the first alert's fifth attempt is its last (maxAttempts 5) and fails; the second is accepted
    time.sleep(Duration.ofHours(1));
    assertThat(a.run()).isEqualTo(new Alerter.Report(0, 1, 1, 0));
    assertThat(store.alertLog().deliveries(10)).extracting(AlertDelivery::state)
        .containsExactlyInAnyOrder(AlertDelivery.FAILED, AlertDelivery.DELIVERED);
    assertThat(problems).anyMatch(p -> p.contains("given up after 5 attempts"));
    time.sleep(Duration.ofHours(1));
    assertThat(a.run()).isEqualTo(new Alerter.Report(0, 0, 0, 0));
    assertThat(hook.received).hasSize(10);
  }

  @Test
  void retryAfterIsHonouredByWaitingWhenShortAndByPostponingWhenLong() throws Exception {
    put("inc-soon", TARTAR, "Armenia", Standing.ALLEGED, null);
    hook.answer(429);
    assertThat(catchAll().run()).isEqualTo(new Alerter.Report(1, 1, 0, 0));
    assertThat(time.slept).containsExactly(Duration.ofSeconds(30));

    put("inc-later", FUZULI, "Armenia", Standing.ALLEGED, null);
    hook.answer(503);
    Instant asked = time.instant();
    assertThat(catchAll().run()).isEqualTo(new Alerter.Report(1, 0, 0, 1));
    assertThat(time.slept).hasSize(1);
    AlertDelivery later = store.alertLog().deliveries(10).stream().filter(d -> d.incidentId().equals("inc-later"))
        .findFirst().orElseThrow();
    assertThat(later.nextAttempt()).isEqualTo(asked.plusSeconds(600));
  }
}
