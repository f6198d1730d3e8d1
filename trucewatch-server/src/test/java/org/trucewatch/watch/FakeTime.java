package org.trucewatch.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that moves only when something sleeps on it, and remembers each sleep: time under a test's control. */
public final class FakeTime extends Clock {
  public volatile Instant now = Instant.parse("2025-06-01T08:00:00Z");
  public final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Sleeps: the clock moves on by {@code d} at once. */
  public void sleep(Duration d) {
    slept.add(d);
    now = now.plus(d);
  }
}
