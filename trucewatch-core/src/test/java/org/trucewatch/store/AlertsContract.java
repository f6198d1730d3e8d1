package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.store.Fixtures.NORTHTOWN;
import static org.trucewatch.store.Fixtures.incident;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Standing;

/** The alerter's state: unseen incidents, a queue that keeps one row per alert, claims, attempts and their log. */
abstract class AlertsContract extends StoreContract {

  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

  private static AlertDelivery alert(String id, String incident) {
    return AlertDelivery.queued(id, "rule-a", "http://127.0.0.1:9/hook", incident, "alleged", "new_incident",
        "{\"n\":1}", T0);
  }

  @Test
  void aNewIncidentIsUnseenUntilQueuedAndAgainWhenItsStandingChanges() {
    AlertLog log = store.alertLog();
    write(tx -> tx.putIncident(incident("inc-1", EventType.ATTACK, "2025-05-30", null, NORTHTOWN, "AM",
        Standing.ALLEGED, "e1")));
    assertThat(log.unseen()).containsExactly(new AlertLog.Unseen("inc-1", Standing.ALLEGED, null));

    assertThat(log.queue(List.of(alert("a1", "inc-1")), log.unseen())).isEqualTo(1);
    assertThat(log.unseen()).isEmpty();

    write(tx -> tx.putIncident(incident("inc-1", EventType.ATTACK, "2025-05-30", null, NORTHTOWN, "AM",
        Standing.CORROBORATED, "e1", "e2")));
    assertThat(log.unseen()).containsExactly(new AlertLog.Unseen("inc-1", Standing.CORROBORATED, Standing.ALLEGED));
  }

  @Test
  void theSameAlertIsQueuedOnce() {
    AlertLog log = store.alertLog();
    assertThat(log.queue(List.of(alert("a1", "inc-1")), List.of())).isEqualTo(1);
    assertThat(log.queue(List.of(alert("a1", "inc-1")), List.of())).isZero();
    // another id for the same rule, webhook, incident and standing is the same alert too
    assertThat(log.queue(List.of(alert("a2", "inc-1")), List.of())).isZero();
    assertThat(log.deliveries(10)).extracting(AlertDelivery::id).containsExactly("a1");
  }

  @Test
  void aClaimedAlertCannotBeClaimedAgainUntilItsLeaseEndsAndAttemptsAreLogged() {
    AlertLog log = store.alertLog();
    log.queue(List.of(alert("a1", "inc-1")), List.of());
    assertThat(log.due(T0, 10)).extracting(AlertDelivery::id).containsExactly("a1");
    assertThat(log.claim("a1", T0, T0.plusSeconds(60))).isTrue();
    assertThat(log.claim("a1", T0.plusSeconds(30), T0.plusSeconds(90))).isFalse();

    AlertDelivery d = log.due(T0, 10).get(0);
    AlertAttempt first = new AlertAttempt("a1", 1, T0.plusSeconds(1), 500, "HTTP 500");
    AlertDelivery afterFirst = d.after(first, AlertDelivery.PENDING, T0.plusSeconds(120));
    log.attempted(afterFirst, first);
    assertThat(log.due(T0.plusSeconds(119), 10)).isEmpty();
    assertThat(log.due(T0.plusSeconds(120), 10)).hasSize(1);
    assertThat(log.claim("a1", T0.plusSeconds(120), T0.plusSeconds(180))).isTrue();

    AlertAttempt second = new AlertAttempt("a1", 2, T0.plusSeconds(121), 204, null);
    log.attempted(afterFirst.after(second, AlertDelivery.DELIVERED, null), second);
    assertThat(log.due(T0.plusSeconds(1000), 10)).isEmpty();
    assertThat(log.claim("a1", T0.plusSeconds(1000), T0.plusSeconds(1060))).isFalse();
    AlertDelivery done = log.deliveries(10).get(0);
    assertThat(done.state()).isEqualTo(AlertDelivery.DELIVERED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(done.deliveredAt()).isEqualTo(T0.plusSeconds(121));
    assertThat(done.lastStatus()).isEqualTo(204);
    assertThat(done.payload()).isEqualTo("{\"n\":1}");
    assertThat(log.attempts("a1")).containsExactly(first, second);
  }

  @Test
  void marksChangeWhenWhatIsShownChanges() {
    AlertLog log = store.alertLog();
    write(tx -> tx.putIncident(incident("inc-1", EventType.ATTACK, "2025-05-30", null, NORTHTOWN, "AM",
        Standing.ALLEGED, "e1")));
    List<AlertLog.Mark> before = log.marks();
    write(tx -> tx.putIncident(incident("inc-1", EventType.ATTACK, "2025-05-30", null, NORTHTOWN, "AM",
        Standing.ALLEGED, "e1")));
    assertThat(log.marks()).isEqualTo(before);
    write(tx -> tx.putIncident(incident("inc-1", EventType.ATTACK, "2025-05-30", null, NORTHTOWN, "AM",
        Standing.DISPUTED, "e1")));
    assertThat(log.marks()).hasSize(1).isNotEqualTo(before);
  }
}
