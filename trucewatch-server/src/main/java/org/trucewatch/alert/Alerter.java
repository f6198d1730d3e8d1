package org.trucewatch.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.incident.Incident;
import org.trucewatch.internal.Hashing;
import org.trucewatch.store.AlertAttempt;
import org.trucewatch.store.AlertDelivery;
import org.trucewatch.store.AlertLog;
import org.trucewatch.store.Store;
import org.trucewatch.watch.Sleeper;

/**
 * Alerts on what changed in the store since it last looked: each incident it has not seen, and each whose standing
 * rose (alleged, disputed, acknowledged, corroborated, observed), is tested against every rule, and one alert per
 * matching rule and webhook is queued in the delivery log with the incident marked seen, in one transaction (so a
 * restart neither loses an alert nor makes one twice); then the alerts due are posted, each retried at once with
 * backoff (or after the receiver's Retry-After, up to a minute) on a 5xx, a 429, a 408 or no answer, and later (in a later run, backing off up to an hour) until
 * {@code maxAttempts}. A webhook that fails all its retries is not tried again in the same run. With no rules it only
 * marks incidents seen, so a rule added later alerts on what comes after it. Reads and writes the store it is given
 * and closes nothing; one run at a time.
 */
public final class Alerter {

  /** What one run did: alerts queued, delivered, given up, and left for a later run. */
  public record Report(int queued, int delivered, int failed, int waiting) {}

  static final int BATCH = 500;
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  /** The longest Retry-After honoured by waiting; a longer one postpones the alert to a later run until then. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  private final Store store;
  private final List<AlertRule> rules;
  private final TrucewatchConfig.Alerts policy;
  private final WebhookPoster poster;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BooleanSupplier stopping;
  private final Consumer<String> problems;

  public Alerter(Store store, List<AlertRule> rules, TrucewatchConfig.Alerts policy, WebhookPoster poster,
      Clock clock, Sleeper sleeper, BooleanSupplier stopping, Consumer<String> problems) {
    this.store = store;
    this.rules = List.copyOf(rules);
    this.policy = policy;
    this.poster = poster;
    this.clock = clock;
    this.sleeper = sleeper;
    this.stopping = stopping;
    this.problems = problems;
  }

  /** Queues the alerts of what changed, then delivers those due. */
  public synchronized Report run() throws InterruptedException {
    int queued = queue();
    return deliver(queued);
  }

  /** The alert's id: the same rule, webhook, incident and standing are the same alert. */
  static String alertId(String rule, String webhook, String incident, String standing) {
    return Hashing.sha256(rule + "\n" + webhook + "\n" + incident + "\n" + standing).substring(0, 32);
  }

  private int queue() {
    AlertLog log = store.alertLog();
    List<AlertLog.Unseen> unseen = log.unseen();
    if (unseen.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    List<AlertDelivery> alerts = new ArrayList<>();
    List<AlertLog.Unseen> seen = new ArrayList<>();
    for (AlertLog.Unseen u : unseen) {
      Optional<Incident> found = store.incident(u.incidentId());
      if (found.isEmpty()) {
        continue; // merged away since it was listed
      }
      Incident i = found.get();
      seen.add(new AlertLog.Unseen(i.id(), i.standing(), u.seen()));
      String event = u.seen() == null ? AlertPayload.NEW
          : i.standing().compareTo(u.seen()) > 0 ? AlertPayload.RAISED : null;
      if (event == null) {
        continue; // a standing that fell is remembered, not alerted
      }
      String standing = i.standing().name().toLowerCase(Locale.ROOT);
      for (AlertRule r : rules) {
        if (r.matches(i)) {
          for (String w : r.webhooks()) {
            String id = alertId(r.name(), w, i.id(), standing);
            alerts.add(AlertDelivery.queued(id, r.name(), w, i.id(), standing, event,
                AlertPayload.json(id, event, r.name(), i, u.seen(), now, policy.baseUrl()), now));
          }
        }
      }
    }
    return log.queue(alerts, seen);
  }

  private Report deliver(int queued) throws InterruptedException {
    AlertLog log = store.alertLog();
    Set<String> down = new HashSet<>();
    int delivered = 0;
    int failed = 0;
    int waiting = 0;
    for (AlertDelivery d : log.due(clock.instant(), BATCH)) {
      if (stopping.getAsBoolean() || down.contains(d.webhook()) || !claim(log, d)) {
        waiting++;
        continue;
      }
      AlertDelivery cur = d;
      Duration backoff = Duration.ofSeconds(policy.backoffSeconds());
      for (int retry = 0; ; retry++) {
        WebhookPoster.Answer a = poster.post(cur);
        AlertAttempt at = new AlertAttempt(cur.id(), cur.attempts() + 1, clock.instant(), a.status(), a.error());
        if (a.accepted()) {
          log.attempted(cur = cur.after(at, AlertDelivery.DELIVERED, null), at);
          delivered++;
          break;
        }
        if (at.attempt() >= policy.maxAttempts()) {
          log.attempted(cur = cur.after(at, AlertDelivery.FAILED, null), at);
          problems.accept("alert " + cur.id() + " (rule " + cur.rule() + ", " + cur.incidentId() + ") to "
              + cur.webhook() + ": " + a.error() + "; given up after " + at.attempt() + " attempts");
          failed++;
          break;
        }
        Duration asked = a.retryAfterSeconds() == null ? null : Duration.ofSeconds(a.retryAfterSeconds());
        boolean soon = asked == null || asked.compareTo(LONGEST_WAIT) <= 0;
        if (a.transientFailure() && soon && retry < policy.retries() && !stopping.getAsBoolean()) {
          log.attempted(cur = cur.after(at, AlertDelivery.PENDING, null), at);
          sleeper.sleep(asked != null ? asked : backoff);
          backoff = backoff.multipliedBy(2);
          if (claim(log, cur)) {
            continue;
          }
          waiting++;
          break;
        }
        Instant next = clock.instant().plus(asked != null && !soon ? asked : pause(at.attempt()));
        log.attempted(cur = cur.after(at, AlertDelivery.PENDING, next), at);
        problems.accept("alert " + cur.id() + " (rule " + cur.rule() + ", " + cur.incidentId() + ") to "
            + cur.webhook() + ": " + a.error() + "; tried again after " + next);
        down.add(cur.webhook());
        waiting++;
        break;
      }
    }
    return new Report(queued, delivered, failed, waiting);
  }

  /** Holds an alert long enough for every retry of this run; another process then leaves it alone. */
  private boolean claim(AlertLog log, AlertDelivery d) {
    Instant now = clock.instant();
    Duration lease = Duration.ofSeconds((long) policy.timeoutSeconds() * (policy.retries() + 1)
        + (long) policy.backoffSeconds() * (1L << Math.min(20, policy.retries() + 1)) + 60);
    return log.claim(d.id(), now, now.plus(lease));
  }

  /** The wait before a later run tries again, doubling with the attempts made, at most an hour. */
  private Duration pause(int attempts) {
    Duration p = Duration.ofSeconds(Math.max(1, policy.backoffSeconds())).multipliedBy(1L << Math.min(20, attempts));
    return p.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : p;
  }
}
