package org.trucewatch.watch;

import java.time.Duration;

/** Waits: the real one sleeps; tests inject one that advances their clock, so that no test waits in real time. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration d) throws InterruptedException;

  Sleeper REAL = d -> {
    if (!d.isNegative() && !d.isZero()) {
      Thread.sleep(d.toMillis());
    }
  };
}
