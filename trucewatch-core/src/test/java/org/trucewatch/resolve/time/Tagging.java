package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Shared fixture of the tagger tests: one tagger and one anchor, Wednesday 14 October 2020. */
final class Tagging {

  static final TemporalTagger TAGGER = TemporalTagger.english();
  static final TemporalAnchor WEDNESDAY = TemporalAnchor.of(LocalDate.of(2020, 10, 14));

  private Tagging() {}

  static List<TimeMention> tag(String text) {
    return TAGGER.tag(text, WEDNESDAY);
  }

  /** The one mention of {@code text} covering exactly {@code covered}, tagged against the Wednesday anchor. */
  static TimeMention mention(String text, String covered) {
    return mention(text, covered, WEDNESDAY);
  }

  static TimeMention mention(String text, String covered, TemporalAnchor anchor) {
    List<TimeMention> found = TAGGER.tag(text, anchor);
    List<TimeMention> matching = found.stream().filter(m -> m.text().equals(covered)).toList();
    assertThat(matching).as("mentions of '%s' in %s", covered, found).hasSize(1);
    TimeMention m = matching.get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(covered);
    return m;
  }

  /** The value of the one mention covering {@code covered}. */
  static String value(String text, String covered) {
    return mention(text, covered).value();
  }
}
