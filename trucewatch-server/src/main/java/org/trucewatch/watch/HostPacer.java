package org.trucewatch.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Keeps requests to one host at least an interval apart (longer where robots.txt asks). Not thread-safe. */
final class HostPacer {

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final Map<String, Instant> last = new HashMap<>();

  HostPacer(Clock clock, Sleeper sleeper, Duration interval) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
  }

  /** Waits until {@code uri}'s host may be asked again, then counts this request. */
  void await(URI uri, Duration atLeast) throws InterruptedException {
    String host = RobotsCache.hostKey(uri);
    Duration gap = atLeast != null && atLeast.compareTo(interval) > 0 ? atLeast : interval;
    Instant prev = last.get(host);
    if (prev != null) {
      Duration wait = Duration.between(clock.instant(), prev.plus(gap));
      if (!wait.isNegative() && !wait.isZero()) {
        sleeper.sleep(wait);
      }
    }
    last.put(host, clock.instant());
  }
}
