package org.trucewatch.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert to deliver to one webhook, as the delivery log ({@code alert_deliveries}) keeps it.
 *
 * @param id the alert's id: a hash of rule, webhook, incident and standing, so the same alert is one row (receivers
 *     get it as {@code X-TruceWatch-Alert} to drop a copy)
 * @param rule the rule's name
 * @param webhook the address posted to
 * @param incidentId the incident
 * @param standing the incident's standing when the alert was made (lower case)
 * @param event {@code new_incident} or {@code standing_raised}
 * @param payload the JSON body posted, fixed when the alert was made so that every attempt sends the same bytes
 * @param createdAt when the alert was made
 * @param state {@code pending}, {@code delivered} or {@code failed} (given up after the most attempts)
 * @param attempts attempts made so far
 * @param nextAttempt not to be tried before this; null when due now
 * @param deliveredAt when a webhook accepted it (2xx); null before
 * @param lastStatus the last attempt's HTTP status (0: no answer); null before the first attempt
 * @param lastError the last failed attempt in one line; null when none
 */
public record AlertDelivery(String id, String rule, String webhook, String incidentId, String standing, String event,
    String payload, Instant createdAt, String state, int attempts, Instant nextAttempt, Instant deliveredAt,
    Integer lastStatus, String lastError) {

  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  public static final String FAILED = "failed";

  public AlertDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
  }

  /** A new alert, pending and due now. */
  public static AlertDelivery queued(String id, String rule, String webhook, String incidentId, String standing,
      String event, String payload, Instant now) {
    return new AlertDelivery(id, rule, webhook, incidentId, standing, event, payload, now, PENDING, 0, null, null,
        null, null);
  }

  /** This delivery after one more attempt. */
  public AlertDelivery after(AlertAttempt a, String newState, Instant next) {
    return new AlertDelivery(id, rule, webhook, incidentId, standing, event, payload, createdAt, newState,
        attempts + 1, next, DELIVERED.equals(newState) ? a.at() : deliveredAt, a.status(),
        DELIVERED.equals(newState) ? null : a.error());
  }
}
