package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sentences built from time words, numbers and punctuation, tagged against random anchors: the tagger must
 * never throw, and every mention must be consistent. The generator is seeded, so a failure repeats.
 */
class TemporalTaggerRobustnessTest {

  private static final String[] PIECES = {
      "on", "since", "at", "the", "day", "before", "after", "a", "two", "999999999", "years", "ago", "last", "next",
      "this", "week", "month", "Monday", "Sunday", "evening", "night", "noon", "midnight", "12:05", "24:00", "25:61",
      "pm", "a.m.", "(0805 GMT)", "GMT+99", "UTC-3", "Moscow", "Atlantis", "time", "local", "hours", "00", "minutes",
      "February", "29", "30", "31st", "Sept.", "May", "2020", "1999", "0001", "1800", "1957-58", "2009/10", "1990s",
      "'90s", "20th", "century", "early", "late", "mid-", "2020-02-30", "31.04.2020", "13/13/2020", "1,000", "No.",
      "$", "%", "-", ",", ".", "\n", "(", ")", "“", "”", "will", "said", "was", "due", "to", "every", "twice",
      "daily", "summer", "fall", "winter", "today", "yesterday", "tonight", "earlier", "later", "decades", "several",
      "half", "an", "hour", "0805", "EDT", "30-year-old", "24-hour", "recent", "now", "the past", "the future"};

  @Test
  void randomTextNeverBreaksTheTagger() {
    Random random = new Random(20201010L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(25);
      for (int w = 0; w < words; w++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      TemporalAnchor anchor = random.nextInt(10) == 0 ? null
          : TemporalAnchor.of(LocalDate.of(1990 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366)));
      String s = text.toString();
      List<TimeMention> found = Tagging.TAGGER.tag(s, anchor);
      int previousEnd = 0;
      for (TimeMention m : found) {
        assertThat(s.substring(m.start(), m.end())).as(s).isEqualTo(m.text());
        assertThat(m.start()).as(s).isGreaterThanOrEqualTo(previousEnd);
        if (m.date() != null) {
          assertThat(m.value()).as(s).startsWith(m.date().toString());
        }
        previousEnd = m.end();
      }
    }
  }
}
