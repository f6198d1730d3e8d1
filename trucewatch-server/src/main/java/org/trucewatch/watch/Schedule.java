package org.trucewatch.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * When sources are asked again: a round starts every {@code every}; a source or page that failed {@code n} times in a
 * row waits {@code every * 2^(n-1)}, at most {@code maxBackoff} (and at least until a Retry-After it was given).
 *
 * @param every time between the starts of two rounds
 * @param maxBackoff the longest wait after failures in a row
 */
public record Schedule(Duration every, Duration maxBackoff) {

  public Schedule {
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive, not " + every);
    }
  }

  /** A round every {@code every}; failures back off to at most six hours (or {@code every}, if longer). */
  public static Schedule every(Duration every) {
    Duration cap = Duration.ofHours(6);
    return new Schedule(every, every.compareTo(cap) > 0 ? every : cap);
  }

  /** The wait after the {@code failures}-th failure in a row (1 or more). */
  public Duration backoff(int failures) {
    Duration d = every;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
