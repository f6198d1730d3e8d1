package org.trucewatch.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Rounds of a watcher, one starting every {@link Schedule#every()} (a round longer than that is followed at once by the
 * next), until {@code stopping} says so; the wait between rounds is the sleeper's, so that a test's clock can run hours
 * in no time and a stop request can cut it short. Not thread-safe: one loop runs in one thread.
 */
public final class WatchLoop {

  private final Watcher watcher;
  private final List<WatchSource> sources;
  private final Schedule schedule;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BooleanSupplier stopping;

  public WatchLoop(Watcher watcher, List<WatchSource> sources, Schedule schedule, Clock clock, Sleeper sleeper,
      BooleanSupplier stopping) {
    this.watcher = watcher;
    this.sources = List.copyOf(sources);
    this.schedule = schedule;
    this.clock = clock;
    this.sleeper = sleeper;
    this.stopping = stopping;
  }

  /** Runs rounds, handing each one's figures to {@code rounds}, until stopped or interrupted. */
  public void run(Consumer<Watcher.Round> rounds) throws InterruptedException {
    while (!stopping.getAsBoolean()) {
      Instant start = clock.instant();
      rounds.accept(watcher.round(sources));
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("the watcher was interrupted");
      }
      if (stopping.getAsBoolean()) {
        return;
      }
      Duration left = Duration.between(clock.instant(), start.plus(schedule.every()));
      if (!left.isNegative() && !left.isZero()) {
        sleeper.sleep(left);
      }
    }
  }

  /** One line saying what a round did, as {@code watch} prints it. */
  public static String describe(Watcher.Round r) {
    return String.format("watch: %d sources and %d pages asked, %d unchanged (304), %d failed, %d downloaded; "
            + "%d stored (%d events), %d already stored, %d rejected.", r.sources(), r.pages(), r.unchanged(),
        r.failed(), r.downloads(), r.ingested().stored(), r.ingested().events(), r.ingested().unchanged(),
        r.ingested().rejected());
  }
}
