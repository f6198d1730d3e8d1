package org.trucewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.trucewatch.incident.Standing;

/**
 * The alerter's state: what it has seen of each incident ({@code alert_seen}), the delivery log
 * ({@code alert_deliveries}) and its attempts ({@code alert_attempts}). Each method is one transaction of its own,
 * outside units of work; thread-safe. Several processes may share it: an alert is queued once (its id is unique) and
 * delivered by whoever claims it.
 */
public final class AlertLog {

  /**
   * An incident whose standing the alerter has not seen yet.
   *
   * @param incidentId the incident
   * @param standing its standing now
   * @param seen the standing last seen, or null for an incident never seen (new)
   */
  public record Unseen(String incidentId, Standing standing, Standing seen) {}

  /** A cheap fingerprint of an incident, for who pushes changes live: it differs when the incident shown differs. */
  public record Mark(String incidentId, String fingerprint) {}

  // Fixed width (always milliseconds), so that stored instants compare as text in both databases.
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String COLUMNS = "id, rule, webhook, incident_id, standing, event, payload, created_at, state, "
      + "attempts, next_attempt, delivered_at, last_status, last_error";

  private final JdbcStore store;

  AlertLog(JdbcStore store) {
    this.store = store;
  }

  /** Incidents new to the alerter or whose standing changed since it last looked, by id. */
  public List<Unseen> unseen() {
    Standing[] ladder = Standing.values();
    return store.read("read the incidents not yet alerted", c -> Sql.list(c,
        "SELECT i.id, i.standing_rank, s.standing_rank AS seen FROM incidents i LEFT JOIN alert_seen s "
            + "ON s.incident_id = i.id WHERE s.incident_id IS NULL OR s.standing_rank <> i.standing_rank ORDER BY i.id",
        Sql.NONE, rs -> {
          Integer seen = Sql.integer(rs, "seen");
          return new Unseen(rs.getString("id"), ladder[rs.getInt("standing_rank")], seen == null ? null
              : ladder[seen]);
        }));
  }

  /**
   * Queues alerts (one already in the log is left as it is) and records the incidents as seen at their standing, in
   * one transaction. Returns how many alerts were newly queued.
   */
  public int queue(List<AlertDelivery> alerts, List<Unseen> seen) {
    return store.write("queue alerts", c -> {
      int n = 0;
      for (AlertDelivery d : alerts) {
        n += Sql.update(c, "INSERT INTO alert_deliveries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?) ON CONFLICT DO NOTHING", p -> p.text(d.id()).text(d.rule()).text(d.webhook())
            .text(d.incidentId()).text(d.standing()).text(d.event()).text(d.payload()).text(stamp(d.createdAt()))
            .text(d.state()).integer(d.attempts()).text(stamp(d.nextAttempt())).text(stamp(d.deliveredAt()))
            .integer(d.lastStatus()).text(d.lastError()));
      }
      for (Unseen u : seen) {
        Sql.update(c, "INSERT INTO alert_seen (incident_id, standing_rank) VALUES (?, ?) ON CONFLICT (incident_id) "
            + "DO UPDATE SET standing_rank = excluded.standing_rank", p -> p.text(u.incidentId())
            .integer(u.standing().ordinal()));
      }
      return n;
    });
  }

  /** Pending alerts due at {@code now}, oldest first, at most {@code limit}. */
  public List<AlertDelivery> due(Instant now, int limit) {
    return store.read("read the alerts due", c -> Sql.list(c, "SELECT " + COLUMNS + " FROM alert_deliveries "
        + "WHERE state = ? AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY created_at, id LIMIT ?",
        p -> p.text(AlertDelivery.PENDING).text(stamp(now)).integer(limit), AlertLog::row));
  }

  /**
   * Takes a pending alert for delivery until {@code until}; false when it is no longer pending or another process
   * holds it, so that two processes never post it both.
   */
  public boolean claim(String id, Instant now, Instant until) {
    return store.write("claim an alert", c -> Sql.update(c, "UPDATE alert_deliveries SET lease_until = ? "
        + "WHERE id = ? AND state = ? AND (lease_until IS NULL OR lease_until <= ?)", p -> p.text(stamp(until))
        .text(id).text(AlertDelivery.PENDING).text(stamp(now)))) == 1;
  }

  /** Records an attempt and the alert's state after it, and releases the claim. */
  public void attempted(AlertDelivery after, AlertAttempt a) {
    store.write("record an alert attempt", c -> {
      Sql.update(c, "INSERT INTO alert_attempts (delivery_id, attempt, at, status, error) VALUES (?, ?, ?, ?, ?) "
          + "ON CONFLICT DO NOTHING", p -> p.text(a.deliveryId()).integer(a.attempt()).text(stamp(a.at()))
          .integer(a.status()).text(a.error()));
      return Sql.update(c, "UPDATE alert_deliveries SET state = ?, attempts = ?, next_attempt = ?, delivered_at = ?, "
          + "last_status = ?, last_error = ?, lease_until = NULL WHERE id = ?", p -> p.text(after.state())
          .integer(after.attempts()).text(stamp(after.nextAttempt())).text(stamp(after.deliveredAt()))
          .integer(after.lastStatus()).text(after.lastError()).text(after.id()));
    });
  }

  /** The delivery log, newest first, at most {@code limit}. */
  public List<AlertDelivery> deliveries(int limit) {
    return store.read("read the alert log", c -> Sql.list(c, "SELECT " + COLUMNS + " FROM alert_deliveries "
        + "ORDER BY created_at DESC, id LIMIT ?", p -> p.integer(limit), AlertLog::row));
  }

  /** The attempts at one alert, first first. */
  public List<AlertAttempt> attempts(String deliveryId) {
    return store.read("read the alert attempts", c -> Sql.list(c, "SELECT delivery_id, attempt, at, status, error "
        + "FROM alert_attempts WHERE delivery_id = ? ORDER BY attempt", p -> p.text(deliveryId),
        rs -> new AlertAttempt(rs.getString(1), rs.getInt(2), instant(rs.getString(3)), rs.getInt(4),
            rs.getString(5))));
  }

  /** Every incident's fingerprint (what a list shows of it), by id. */
  public List<Mark> marks() {
    return store.read("read the incidents' fingerprints", c -> Sql.list(c, "SELECT id, standing_rank, type, subtype, "
        + "date, date_end, loc_name, perpetrator, ceasefire_id, independent_sources, killed, wounded FROM incidents "
        + "ORDER BY id", Sql.NONE, rs -> {
          StringBuilder f = new StringBuilder();
          for (int k = 2; k <= 12; k++) {
            f.append(rs.getString(k)).append('\u001f');
          }
          return new Mark(rs.getString(1), f.toString());
        }));
  }

  private static AlertDelivery row(ResultSet rs) throws SQLException {
    return new AlertDelivery(rs.getString("id"), rs.getString("rule"), rs.getString("webhook"),
        rs.getString("incident_id"), rs.getString("standing"), rs.getString("event"), rs.getString("payload"),
        instant(rs.getString("created_at")), rs.getString("state"), rs.getInt("attempts"),
        instant(rs.getString("next_attempt")), instant(rs.getString("delivered_at")), Sql.integer(rs, "last_status"),
        rs.getString("last_error"));
  }

  static String stamp(Instant t) {
    return t == null ? null : STAMP.format(t);
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
