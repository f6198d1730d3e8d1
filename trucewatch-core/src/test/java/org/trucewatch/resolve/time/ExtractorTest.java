package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  @Test
  void longestWinsThenTheEarlierRule() {
    Expr e = new Expr.Ref("PRESENT_REF");
    Candidate shortFirst = new Candidate(0, 5, e, false, 0);
    Candidate longer = new Candidate(2, 12, e, false, 5);
    Candidate tieLater = new Candidate(20, 25, e, false, 3);
    Candidate tieEarlier = new Candidate(20, 25, e, false, 1);
    List<Candidate> chosen = Extractor.select(List.of(shortFirst, longer, tieLater, tieEarlier));
    assertThat(chosen).containsExactly(longer, tieEarlier);
  }

  @Test
  void windowsAroundTriggersFindWhatAFullScanFinds() {
    Extractor x = new Extractor(Lexicon.load("english.json"));
    String filler = "word ".repeat(50);
    List<Candidate> found = x.find(filler + "about two weeks ago " + filler + "nearly 30 years " + filler);
    assertThat(found).extracting(Candidate::length)
        .containsExactly("two weeks ago".length(), "nearly 30 years".length());
  }

  @Test
  void offsetBetweenALocalTimeAndUtc() {
    assertThat(Composer.offsetBetween(LocalTime.of(12, 5), LocalTime.of(8, 5), ZoneOffset.UTC))
        .isEqualTo(ZoneOffset.ofHours(4));
    assertThat(Composer.offsetBetween(LocalTime.of(1, 0), LocalTime.of(21, 0), ZoneOffset.UTC))
        .isEqualTo(ZoneOffset.ofHours(4));
    assertThat(Composer.offsetBetween(LocalTime.of(20, 0), LocalTime.of(1, 0), ZoneOffset.UTC))
        .isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(Composer.offsetBetween(LocalTime.of(12, 7), LocalTime.of(8, 0), ZoneOffset.UTC)).isNull();
  }
}
