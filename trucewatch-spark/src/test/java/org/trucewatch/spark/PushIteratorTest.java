package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PushIteratorTest {

  @Test
  void yieldsWhatIsPushedInOrderThroughASmallQueue() {
    List<Integer> got = new ArrayList<>();
    new PushIterator<Integer>("test", 2, sink -> {
      for (int i = 0; i < 100; i++) {
        sink.accept(i);
      }
    }).forEachRemaining(got::add);
    assertThat(got).hasSize(100).startsWith(0, 1, 2).endsWith(99).isSorted();
  }

  @Test
  void aFailureOfTheProducerReachesTheConsumerAfterWhatCameBefore() {
    PushIterator<String> it = new PushIterator<>("test", 4, sink -> {
      sink.accept("first");
      throw new IllegalStateException("the producer broke");
    });
    assertThat(it.next()).isEqualTo("first");
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessage("the producer broke");
  }

  @Test
  void closingStopsABlockedProducer() throws InterruptedException {
    AtomicInteger pushed = new AtomicInteger();
    CountDownLatch stopped = new CountDownLatch(1);
    PushIterator<Integer> it = new PushIterator<>("test", 1, sink -> {
      try {
        for (int i = 0; ; i++) {
          sink.accept(i);
          pushed.incrementAndGet();
        }
      } finally {
        stopped.countDown();
      }
    });
    assertThat(it.next()).isZero();
    it.close();
    assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the producer ended").isTrue();
    assertThat(pushed.get()).isLessThan(5);
    assertThat(it.hasNext()).isFalse();
  }
}
