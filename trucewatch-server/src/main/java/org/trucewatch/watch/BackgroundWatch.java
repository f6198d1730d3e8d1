package org.trucewatch.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.Store;

/**
 * The watcher of {@code serve --watch}: a {@link WatchLoop} in a daemon thread over the server's store, writing under
 * the lock of the server's other writes, its round lines and problems on {@code err}. {@link #close()} asks it to
 * stop, wakes its wait and waits (at most a minute) for the article being ingested to be stored; the caller closes
 * the store afterwards.
 */
public final class BackgroundWatch implements AutoCloseable {

  private final Stopper stopper = new Stopper();
  private final Thread thread;

  private BackgroundWatch(Thread thread) {
    this.thread = thread;
  }

  /**
   * Starts watching.
   *
   * @param lock the lock the server's writes hold (ingestion is one writer at a time)
   */
  public static BackgroundWatch start(Pipeline pipeline, Store store, List<WatchSource> sources, Schedule schedule,
      Object lock, PrintWriter err) {
    return start(pipeline, store, sources, schedule, lock, err, () -> { });
  }

  /** As above, with what runs after each round (the server's alerter, which returns at once). */
  public static BackgroundWatch start(Pipeline pipeline, Store store, List<WatchSource> sources, Schedule schedule,
      Object lock, PrintWriter err, Runnable afterRound) {
    Clock clock = Clock.systemUTC();
    BackgroundWatch[] self = new BackgroundWatch[1];
    Thread t = new Thread(() -> {
      Stopper stopper = self[0].stopper;
      try {
        HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults(WatchCommand.version()), clock, stopper::sleep);
        Watcher watcher = new Watcher(new IngestRun(pipeline, store, clock), store.crawlLog(), fetcher, clock,
            schedule, stopper::stopping, p -> say(err, "trucewatch: " + p), lock, r -> afterRound.run());
        new WatchLoop(watcher, sources, schedule, clock, stopper::sleep, stopper::stopping)
            .run(r -> say(err, "trucewatch: " + WatchLoop.describe(r)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) { // the server goes on serving what is stored; the watcher's end is reported
        say(err, "trucewatch: the watcher stopped: " + e);
      } finally {
        stopper.done();
      }
    }, "trucewatch-watch");
    t.setDaemon(true);
    self[0] = new BackgroundWatch(t);
    t.start();
    return self[0];
  }

  private static void say(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }

  /** Whether the watcher thread still runs. */
  public boolean running() {
    return thread.isAlive();
  }

  @Override
  public void close() {
    stopper.stop();
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
