package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public contract of {@link TemporalTagger}: offsets, order, bad input, sharing between threads. */
class TemporalTaggerTest {

  private static final String TEXT = "The ministry said on Wednesday that Azerbaijani forces had hit two sites. "
      + "Armenia and Azerbaijan reached a ceasefire on Saturday after 11 hours of talks; it fell apart on Monday. "
      + "The fighting, which broke out on Sept. 27, is the worst since 1994.";

  @Test
  void englishIsOneSharedInstance() {
    assertThat(TemporalTagger.english()).isSameAs(TemporalTagger.english());
  }

  @Test
  void mentionsAreInTextOrderWithExactOffsets() {
    List<TimeMention> found = Tagging.tag(TEXT);
    assertThat(found).extracting(TimeMention::text)
        .containsExactly("Wednesday", "Saturday", "11 hours", "Monday", "Sept. 27", "1994");
    int previousEnd = 0;
    for (TimeMention m : found) {
      assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = m.end();
    }
  }

  @Test
  void nullTextIsRejectedWithAMessage() {
    assertThatThrownBy(() -> Tagging.TAGGER.tag(null, Tagging.WEDNESDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }

  @Test
  void emptyAndTimelessTextGiveNothing() {
    assertThat(Tagging.tag("")).isEmpty();
    assertThat(Tagging.tag("Azerbaijan rejected the accusations as completely false.")).isEmpty();
    assertThat(Tagging.tag("\u0000\uFFFF ((( ))) ::: 12:")).isEmpty();
  }

  @Test
  void absoluteValuesDoNotNeedAnAnchor() {
    List<TimeMention> found = Tagging.TAGGER.tag("The photo was taken on October 4, 2020, not in 1994.", null);
    assertThat(found).extracting(TimeMention::value).containsExactly("2020-10-04", "1994");
  }

  @Test
  void oneTaggerServesManyThreadsAlike() throws Exception {
    List<TimeMention> expected = Tagging.tag(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimeMention>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> Tagging.tag(TEXT)));
      }
      for (Future<List<TimeMention>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
