package org.trucewatch.watch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops the watcher cleanly on SIGINT/SIGTERM: the shutdown hook raises the flag, wakes any wait, and waits (at most a
 * minute) for the article being ingested to be stored and the round to end.
 */
final class Stopper {

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  boolean stopping() {
    return stop.getCount() == 0;
  }

  /** Waits {@code d}, or less when asked to stop. */
  void sleep(Duration d) throws InterruptedException {
    if (!d.isNegative() && !d.isZero()) {
      stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Raises the flag and wakes any wait (the shutdown hook does the same, then waits for {@link #done()}). */
  void stop() {
    stop.countDown();
  }

  void done() {
    finished.countDown();
  }

  Thread hook() {
    return new Thread(() -> {
      stop.countDown();
      try {
        finished.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "trucewatch-watch-stop");
  }
}
