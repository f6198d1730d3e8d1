package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/** A rule tried only at the characters its matches begin with finds what a scan of every position finds. */
class ExtractorStartsTest {

  private static final String EDGES = "At 10:30pm, 9.15 a.m. Moscow time and 0600 hrs GMT; 12 noon, midday, Midnight, "
      + "at 3 hours 15 minutes; in 2019-2020, 2019/20 and 1990–95; the 1990s, the late ’80s, mid-1990s, '60s, "
      + "the early 2000s; 2020-10-27T10:00Z, 27.10.2020, 1/2/2021; daily, Weekly, HOURLY, nightly; x2020 a2019b "
      + "20201 ٢٠٢٠ 2020 — 1999. M3 MIDNIGHT\nmidnight\r\n1\n2020";

  private static List<String> texts() {
    return WrittenTexts.with(EDGES, "", "1", "m", "’", "2020");
  }

  @Test
  void rulesWithStartCharactersFindWhatAFullScanFinds() throws IOException {
    List<Rule> rules = Extractor.allRules(Lexicon.load("english.json"));
    int checked = 0;
    for (Rule r : rules) {
      if (r.starts() == null) {
        continue;
      }
      checked++;
      for (String text : texts()) {
        List<Candidate> scan = new ArrayList<>();
        Extractor.collect(r, 1, r.pattern().matcher(text), text, scan);
        List<Candidate> starts = new ArrayList<>();
        Extractor.collectAtStarts(r, 1, r.pattern().matcher(text), text, starts);
        assertThat(starts.toString()).as(r.name()).isEqualTo(scan.toString());
        List<Candidate> wordStarts = new ArrayList<>();
        Extractor.collectAtStarts(r, 1, r.pattern().matcher(text), text, wordStarts,
            Extractor.wordInitial(r.pattern().pattern()));
        assertThat(wordStarts.toString()).as(r.name() + " at word starts").isEqualTo(scan.toString());
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(11); // set-adverb is found by its words instead
  }

  @Test
  void aPatternIsWordInitialOnlyWhereItsLeadingBoundaryGovernsAllOfIt() {
    assertThat(Extractor.wordInitial(Rule.L + "(?<year>(?:1\\d|20)\\d\\d)" + Rule.R)).isTrue();
    assertThat(Extractor.wordInitial(Rule.L + "(?:a|b)[|(]c")).isTrue();
    assertThat(Extractor.wordInitial(Rule.L + "a|b")).isFalse();
    assertThat(Extractor.wordInitial(Rule.L + "a\\Q|\\E")).isFalse();
    assertThat(Extractor.wordInitial("(?<=x)a")).isFalse();
  }
}
