package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/** An extractor that keeps its matchers between texts finds in each what a new extractor finds. */
class ExtractorReuseTest {

  @Test
  void findingTextsInAnyOrderGivesWhatAFreshExtractorGives() {
    Lexicon lx = Lexicon.load("english.json");
    List<String> texts = new ArrayList<>(WrittenTexts.with("at 10:30 pm on Monday (Oct. 12)", "the 1990s",
        "two days later", "since 2019"));
    List<String> fresh = new ArrayList<>();
    for (String t : texts) {
      fresh.add(new Extractor(lx).find(t).toString());
    }
    Extractor kept = new Extractor(lx);
    for (String t : texts) {
      kept.find(t);
    }
    List<String> reversed = new ArrayList<>();
    for (int i = texts.size() - 1; i >= 0; i--) {
      reversed.add(kept.find(texts.get(i)).toString());
    }
    Collections.reverse(reversed);
    assertThat(reversed).isEqualTo(fresh);
  }
}
