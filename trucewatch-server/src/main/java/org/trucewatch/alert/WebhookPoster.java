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
 * {@code X-TruceWatch-Alert} (a receiver drops a copy by it), its event in {@code X-TruceWatch-Event} and, where a
 * secret is configured, {@code X-TruceWatch-Signature: sha256=HEX}, the HMAC-SHA256 of the body's bytes under that
 * secret (as GitHub signs its webhooks: the receiver computes the same and compares in constant time). Redirects are
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
  private final byte[] secret;

  /** A poster that does not sign. */
  public WebhookPoster(Duration timeout, String userAgent) {
    this(timeout, userAgent, null);
  }

  /**
   * @param secret the signing secret, or null or empty not to sign
   */
  public WebhookPoster(Duration timeout, String userAgent, String secret) {
    this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
    this.userAgent = userAgent;
  }

  /** The poster the configuration asks for: signing with the secret in {@code alerts.secretEnv}, if it is set. */
  public static WebhookPoster configured(org.trucewatch.config.TrucewatchConfig.Alerts config, String userAgent,
      java.util.Map<String, String> env) {
    String name = config.secretEnv();
    return new WebhookPoster(Duration.ofSeconds(config.timeoutSeconds()), userAgent,
        name == null || name.isBlank() ? null : env.get(name));
  }

  /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} under {@code key}. */
  static String signature(byte[] key, byte[] body) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
      return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e); // every JDK has it
    }
  }

  public Answer post(AlertDelivery d) throws InterruptedException {
    HttpRequest request;
    byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(d.webhook())).timeout(timeout)
          .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", userAgent)
          .header("X-TruceWatch-Alert", d.id()).header("X-TruceWatch-Event", d.event());
      if (secret != null) {
        b.header("X-TruceWatch-Signature", signature(secret, body));
      }
      request = b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
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
