package org.trucewatch.watch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A polite HTTP client on {@code java.net.http}: it names itself (User-Agent), obeys robots.txt, keeps requests to a
 * host apart, asks conditionally (If-None-Match, If-Modified-Since) so that an unchanged document costs a 304, times
 * out, retries 429, 5xx and network failures with backoff honouring Retry-After, follows redirects up to a limit and
 * refuses loops, reads at most {@code maxBytes} (after gzip decoding too), and never throws for what a server does.
 * Not thread-safe: one watcher uses one fetcher.
 */
public final class HttpFetcher {

  private final HttpClient client;
  private final FetchPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HostPacer pacer;
  private final RobotsCache robots;

  public HttpFetcher(FetchPolicy policy, Clock clock, Sleeper sleeper) {
    this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout()).build(), policy, clock, sleeper);
  }

  HttpFetcher(HttpClient client, FetchPolicy policy, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.pacer = new HostPacer(clock, sleeper, policy.hostInterval());
    this.robots = new RobotsCache(this::loadRobots, clock);
  }

  /** One answer as read: status, headers we use, and the body (null when not read). */
  private record Answer(int status, byte[] body, String contentType, String etag, String lastModified,
      String location, String retryAfter, String problem) {}

  /** Fetches {@code url}, conditionally when validators are given (either may be null). */
  public Fetched fetch(String url, String etag, String lastModified) throws InterruptedException {
    URI uri;
    try {
      uri = new URI(url).normalize();
      if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
          || "https".equalsIgnoreCase(uri.getScheme()))) {
        return new Fetched.Failed(0, "not an http(s) address", null, true);
      }
    } catch (Exception e) {
      return new Fetched.Failed(0, "not a valid address: " + e.getMessage(), null, true);
    }
    Set<URI> seen = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!seen.add(uri)) {
        return new Fetched.Failed(0, "redirect loop at " + uri, null, true);
      }
      if (hop > policy.maxRedirects()) {
        return new Fetched.Failed(0, "more than " + policy.maxRedirects() + " redirects", null, true);
      }
      BaseRobotRules rules = robots.rules(uri);
      if (!rules.isAllowed(uri.toString())) {
        return new Fetched.Failed(0, "disallowed by robots.txt", null, true);
      }
      Answer a = withRetries(uri, hop == 0 ? etag : null, hop == 0 ? lastModified : null,
          RobotsCache.crawlDelay(rules));
      if (a.problem() != null) {
        return new Fetched.Failed(a.status(), a.problem(), retryAt(a.retryAfter()),
            a.status() == 200 || a.status() == 404 || a.status() == 410);
      }
      switch (a.status()) {
        case 200:
          return new Fetched.Body(uri.toString(), a.body(), a.contentType(), a.etag(), a.lastModified());
        case 304:
          return new Fetched.NotModified();
        case 301, 302, 303, 307, 308:
          if (a.location() == null) {
            return new Fetched.Failed(a.status(), "redirect without a Location", null, true);
          }
          try {
            uri = uri.resolve(a.location().strip()).normalize();
          } catch (IllegalArgumentException e) {
            return new Fetched.Failed(a.status(), "redirect to a bad address", null, true);
          }
          if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            return new Fetched.Failed(a.status(), "redirect to a non-http address", null, true);
          }
          continue;
        default:
          return new Fetched.Failed(a.status(), "HTTP " + a.status(), retryAt(a.retryAfter()),
              a.status() != 429 && a.status() < 500);
      }
    }
  }

  private Answer withRetries(URI uri, String etag, String lastModified, Duration crawlDelay)
      throws InterruptedException {
    Duration backoff = policy.backoff();
    for (int attempt = 0; ; attempt++) {
      pacer.await(uri, crawlDelay);
      Answer a = once(uri, etag, lastModified);
      boolean transientFailure = a.status() == 429 || a.status() >= 500 || a.status() == 0;
      if (!transientFailure || attempt >= policy.retries()) {
        return a;
      }
      Duration wait = backoff;
      Instant at = retryAt(a.retryAfter());
      if (at != null) {
        wait = Duration.between(clock.instant(), at);
        if (wait.compareTo(policy.maxWait()) > 0) {
          return a; // come back later, not by blocking the round
        }
      }
      sleeper.sleep(wait.isNegative() ? Duration.ZERO : wait);
      backoff = backoff.multipliedBy(2);
    }
  }

  private Answer once(URI uri, String etag, String lastModified) throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET()
        .header("User-Agent", policy.userAgent())
        .header("Accept-Encoding", "gzip")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5");
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    HttpResponse<InputStream> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      return new Answer(0, null, null, null, null, null, null, "no answer: " + e);
    }
    var h = r.headers();
    String type = h.firstValue("Content-Type").orElse(null);
    String problem = null;
    byte[] body = null;
    try (InputStream raw = r.body()) {
      if (r.statusCode() == 200) {
        long declared = h.firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
          problem = "larger than the limit of " + policy.maxBytes() + " bytes (" + declared + " declared)";
        } else {
          boolean gzip = h.firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
          InputStream in = gzip ? new GZIPInputStream(raw) : raw;
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
          if (body.length > policy.maxBytes()) {
            body = null;
            problem = "larger than the limit of " + policy.maxBytes() + " bytes";
          }
        }
      }
    } catch (IOException e) {
      return new Answer(0, null, type, null, null, null, null, "the body could not be read: " + e);
    }
    return new Answer(r.statusCode(), body, type, h.firstValue("ETag").orElse(null),
        h.firstValue("Last-Modified").orElse(null), h.firstValue("Location").orElse(null),
        h.firstValue("Retry-After").orElse(null), problem);
  }

  private RobotsCache.Raw loadRobots(URI robotsUri) throws InterruptedException {
    Answer a = withRetries(robotsUri, null, null, null);
    return new RobotsCache.Raw(a.problem() == null ? a.status() : 0, a.body(), a.contentType());
  }

  /** When a Retry-After (seconds or an HTTP date) asks us to come back, or null. */
  Instant retryAt(String retryAfter) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return null;
    }
    String v = retryAfter.strip();
    try {
      return clock.instant().plusSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
      } catch (RuntimeException ignored) {
        return null;
      }
    }
  }
}
