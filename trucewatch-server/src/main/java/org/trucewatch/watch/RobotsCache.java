package org.trucewatch.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt rules per host (scheme, host and port), parsed by crawler-commons and kept for a day (an hour when the
 * file could not be read). As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
 * reached (5xx, network failure) disallows everything until it can be. Not thread-safe.
 */
final class RobotsCache {

  /** Fetches robots.txt once: its status (0 when no answer came), bytes and content type. */
  @FunctionalInterface
  interface Loader {
    Raw load(URI robots) throws InterruptedException;
  }

  record Raw(int status, byte[] bytes, String contentType) {}

  private record Entry(BaseRobotRules rules, Instant until) {}

  private static final Duration KEEP = Duration.ofDays(1);
  private static final Duration KEEP_FAILED = Duration.ofHours(1);

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> cache = new HashMap<>();
  private final Loader loader;
  private final Clock clock;

  RobotsCache(Loader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  static String hostKey(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  BaseRobotRules rules(URI uri) throws InterruptedException {
    String key = hostKey(uri);
    Entry e = cache.get(key);
    Instant now = clock.instant();
    if (e != null && now.isBefore(e.until())) {
      return e.rules();
    }
    URI robots = URI.create(key + "/robots.txt");
    Raw raw = loader.load(robots);
    BaseRobotRules rules;
    Duration keep = KEEP;
    if (raw.status() == 200) {
      rules = parser.parseContent(robots.toString(), raw.bytes(), raw.contentType(), List.of(FetchPolicy.ROBOT_NAME));
    } else if (raw.status() >= 300 && raw.status() < 500) {
      rules = parser.failedFetch(404); // missing (or moved, which is not followed): no rules
    } else {
      rules = parser.failedFetch(503);
      keep = KEEP_FAILED;
    }
    cache.put(key, new Entry(rules, now.plus(keep)));
    return rules;
  }

  /** robots.txt's Crawl-delay for the host, or null when it names none. */
  static Duration crawlDelay(BaseRobotRules rules) {
    long ms = rules.getCrawlDelay();
    return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? null : Duration.ofMillis(Math.min(ms, 60_000));
  }
}
