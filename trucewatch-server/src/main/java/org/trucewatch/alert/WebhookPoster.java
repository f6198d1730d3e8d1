package org.trucewatch.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.trucewatch.store.AlertDelivery;

/**
 * Posts one alert to its webhook, once: {@code Content-Type: application/json}, the alert's id in
 * {@code X-TruceWatch-Alert} (a receiver drops a copy by it) and its event in {@code X-TruceWatch-Event}. Redirects are
 * not followed (a webhook is an exact address). Never throws for what the receiver does. Thread-safe.
 */
public final class WebhookPoster {

  /**
   * What the receiver answered: its status (0 when none came), on failure why in one line, and the seconds its
   * {@code Retry-After} asked to wait (null when none, or a date).
   */
  public record Answer(int status, String error, Long retryAfterSeconds) {

    public Answer(int status, String error) {
      this(status, error, null);
    }

    public boolean accepted() {
      return status >= 200 && status < 300;
    }

    /** Worth trying again at once: a server error, too many requests, or no answer. */
    public boolean transientFailure() {
      return status == 0 || status == 408 || status == 429 || status >= 500;
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final String userAgent;

  public WebhookPoster(Duration timeout, String userAgent) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
    this.userAgent = userAgent;
  }

  public Answer post(AlertDelivery d) throws InterruptedException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(d.webhook())).timeout(timeout)
          .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", userAgent)
          .header("X-TruceWatch-Alert", d.id()).header("X-TruceWatch-Event", d.event())
          .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build();
    } catch (IllegalArgumentException e) {
      return new Answer(0, "not a valid address: " + e.getMessage());
    }
    try {
      HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
      int s = r.statusCode();
      Long wait = null;
      try {
        wait = r.headers().firstValue("Retry-After").map(v -> Math.max(0, Long.parseLong(v.strip()))).orElse(null);
      } catch (NumberFormatException e) {
        // an HTTP date: the backoff decides
      }
      return new Answer(s, s >= 200 && s < 300 ? null : "HTTP " + s, wait);
    } catch (IOException e) {
      return new Answer(0, "no answer: " + e);
    }
  }
}
