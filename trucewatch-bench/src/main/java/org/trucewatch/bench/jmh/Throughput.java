package org.trucewatch.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A thread's place in the corpus, and what it has read: JMH reports the public fields as rates beside the primary
 * score (articles or documents per second), so one run gives bytes/s and sentences/s too. Reset every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {

  /** UTF-8 bytes of text read. */
  public long bytes;

  /** Sentences read. */
  public long sentences;

  private int next;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    sentences = 0;
  }

  /** The next index in a corpus of {@code n} items, round robin. */
  int next(int n) {
    int i = next % n;
    next = i + 1;
    return i;
  }
}
