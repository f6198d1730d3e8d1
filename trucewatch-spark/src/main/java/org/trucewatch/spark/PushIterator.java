package org.trucewatch.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items into a sink (core's ingestor calls its sink once per document) into the iterator a
 * Spark task pulls from, so that a WARC or JSON Lines file streams through the task instead of being held in memory:
 * the producer runs on its own thread and blocks once {@code capacity} items wait. A failure of the producer is
 * rethrown by {@link #hasNext()}. {@link #close()} stops the producer at its next item (the task registers it to run on
 * completion, so an abandoned iterator leaves no thread behind). One consumer thread; not reusable.
 */
final class PushIterator<T> implements Iterator<T>, AutoCloseable {

  /** Something that pushes items into a sink until it is done. */
  @FunctionalInterface
  interface Producer<T> {
    void run(Consumer<T> sink) throws Exception;
  }

  private static final Object END = new Object();

  private record Failure(Throwable cause) {}

  /** Thrown into the producer when the consumer has gone. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("the consumer closed the iterator", null, false, false);
    }
  }

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private volatile boolean closed;
  private Object next;

  PushIterator(String name, int capacity, Producer<T> producer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(() -> {
      try {
        producer.run(this::put);
        put(END);
      } catch (Cancelled e) {
        // the consumer has gone: nothing to report to anyone
      } catch (Throwable e) {
        try {
          put(new Failure(e));
        } catch (Cancelled ignored) {
          // the consumer has gone
        }
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  // Polls rather than blocking for good, so a producer never outlives a consumer that closed the iterator.
  private void put(Object item) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Cancelled();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
    if (closed) {
      throw new Cancelled();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      if (closed) {
        return false;
      }
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while waiting for the next item", e);
      }
      if (next instanceof Failure f) {
        close();
        throw f.cause() instanceof RuntimeException r ? r : new IllegalStateException(f.cause());
      }
    }
    return next != END;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
  }
}
