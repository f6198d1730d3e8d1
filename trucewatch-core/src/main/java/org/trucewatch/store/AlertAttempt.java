package org.trucewatch.store;

import java.time.Instant;

/**
 * One try at delivering an alert ({@code alert_attempts}).
 *
 * @param deliveryId the alert
 * @param attempt 1 for the first try
 * @param at when it was made
 * @param status the HTTP status answered, 0 when none came (refused, timed out)
 * @param error why it failed in one line; null when it was accepted
 */
public record AlertAttempt(String deliveryId, int attempt, Instant at, int status, String error) {

  public boolean accepted() {
    return status >= 200 && status < 300;
  }
}
