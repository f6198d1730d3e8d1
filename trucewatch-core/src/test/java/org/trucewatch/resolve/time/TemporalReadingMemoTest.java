package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The reading of a text kept per thread by {@link TemporalTagger}: a text tagged again (with another anchor, or after
 * other texts) gives what a thread that never read it gives.
 */
class TemporalReadingMemoTest {

  private static final String TEXT = "The ministry said on Wednesday that forces had hit two sites the day before. "
      + "A ceasefire agreed on 20 September broke down on Monday, three days after talks in October 2020.";

  private static final TemporalAnchor ANCHOR = TemporalAnchor.of(LocalDate.of(2020, 10, 14));

  @Test
  void aTextReadWithoutAnchorThenWithOneTagsAsOnAFreshThread() throws Exception {
    TemporalTagger tagger = TemporalTagger.english();
    List<TimeMention> withoutFirst = tagger.tag(TEXT, null);
    List<TimeMention> anchoredAfter = tagger.tag(new String(TEXT.toCharArray()), ANCHOR);
    ExecutorService fresh = Executors.newSingleThreadExecutor();
    try {
      List<TimeMention> anchoredFresh = fresh.submit(() -> tagger.tag(TEXT, ANCHOR)).get();
      List<TimeMention> withoutFresh = fresh.submit(() -> tagger.tag(TEXT, null)).get();
      assertThat(anchoredAfter).isEqualTo(anchoredFresh);
      assertThat(withoutFirst).isEqualTo(withoutFresh);
      assertThat(anchoredAfter).extracting(TimeMention::value).contains("2020-10-14", "2020-09-20");
      assertThat(withoutFirst).extracting(TimeMention::value).contains("XXXX-09-20");
    } finally {
      fresh.shutdown();
    }
  }

  @Test
  void manyTextsInTurnKeepEachItsOwnReading() {
    TemporalTagger tagger = TemporalTagger.english();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) { // more texts than slots: some share one
      texts.add("Report " + i + ": shelling on " + (1 + i % 28) + " March killed " + i + " people.");
    }
    List<List<TimeMention>> first = new ArrayList<>();
    for (String t : texts) {
      first.add(tagger.tag(t, ANCHOR));
    }
    for (int i = texts.size() - 1; i >= 0; i--) {
      List<TimeMention> again = tagger.tag(texts.get(i), ANCHOR);
      assertThat(again).isEqualTo(first.get(i));
      assertThat(again).extracting(TimeMention::text).contains((1 + i % 28) + " March");
    }
  }
}
