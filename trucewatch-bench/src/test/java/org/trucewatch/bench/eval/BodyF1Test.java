package org.trucewatch.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyF1Test {

  @Test
  void tokenizesAsPythonWordRegex() {
    // Checked against Python 3.11: re.findall(r'\w+', s) for each string.
    assertThat(BodyF1.tokenize("naïve café")).containsExactly("naïve", "café");
    assertThat(BodyF1.tokenize("cafe\u0301 x")).containsExactly("cafe", "x");
    assertThat(BodyF1.tokenize("Ереван, 10-го октября")).containsExactly("Ереван", "10", "го", "октября");
    assertThat(BodyF1.tokenize("a_b c-d")).containsExactly("a_b", "c", "d");
    assertThat(BodyF1.tokenize("٣٤ 2020")).containsExactly("٣٤", "2020");
    assertThat(BodyF1.tokenize("नमस्ते दुनिया")).containsExactly("नमस", "त", "द", "न", "य");
    assertThat(BodyF1.tokenize("東京タワー 2020年")).containsExactly("東京タワー", "2020年");
    assertThat(BodyF1.tokenize("x² ½ Ⅻ")).containsExactly("x²", "½", "Ⅻ");
    assertThat(BodyF1.tokenize("𝐀𝐁 c")).containsExactly("𝐀𝐁", "c");
    assertThat(BodyF1.tokenize(null)).isEmpty();
    assertThat(BodyF1.tokenize(" -- ")).isEmpty();
  }

  @Test
  void shortTextGivesOneShortShingle() {
    Map<List<String>, Integer> s = BodyF1.shingles(List.of("a", "b"), 4);
    assertThat(s).containsExactly(Map.entry(List.of("a", "b"), 1));
    assertThat(BodyF1.shingles(List.of(), 4)).isEmpty();
    assertThat(BodyF1.shingles(List.of("a", "b", "a", "b", "a", "b"), 4))
        .containsOnly(Map.entry(List.of("a", "b", "a", "b"), 2), Map.entry(List.of("b", "a", "b", "a"), 1));
  }

  @Test
  void identicalTextsMatchFully() {
    BodyF1.Counts c = BodyF1.match("The truce held.", "The truce  held!");
    assertThat(c.tp()).isEqualTo(1.0);
    assertThat(c.fp()).isZero();
    assertThat(c.fn()).isZero();
    assertThat(c.exact()).isTrue();
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void oneWrongWordAtTheEnd() {
    // truth shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp 1, fp 1, fn 1, each 1/3.
    BodyF1.Counts c = BodyF1.match("a b c d e", "a b c d x");
    assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(c.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(c.f1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void repeatedShinglesCountOnce() {
    // truth: (x y z w) twice plus (y z w x), (z w x y); predicted: (x y z w) once -> tp 1, fn 3.
    BodyF1.Counts c = BodyF1.match("x y z w x y z w", "x y z w");
    assertThat(c.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(c.fn()).isCloseTo(0.8, within(1e-12));
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void emptyCasesFollowTheBenchmarkRules() {
    BodyF1.Counts nothingPredicted = BodyF1.match("one two three four five", "");
    assertThat(nothingPredicted.hasPrecision()).isFalse();
    assertThat(nothingPredicted.hasRecall()).isTrue();
    assertThat(nothingPredicted.recall()).isZero();

    BodyF1.Counts nothingTrue = BodyF1.match("", "stray text here");
    assertThat(nothingTrue.hasPrecision()).isTrue();
    assertThat(nothingTrue.precision()).isZero();
    assertThat(nothingTrue.hasRecall()).isFalse();

    BodyF1.Counts bothEmpty = BodyF1.match(null, "");
    assertThat(bothEmpty.hasPrecision()).isFalse();
    assertThat(bothEmpty.hasRecall()).isFalse();
    assertThat(bothEmpty.precision()).isEqualTo(1.0);
    assertThat(bothEmpty.exact()).isTrue();
  }

  @Test
  void aggregatesLikeEvaluatePy() {
    // The same pairs run through the benchmark's evaluate.py (metrics_from_tp_fp_fns and get_accuracy) gave
    // f1 0.42871485943775106, precision 0.5833333333333334, recall 0.3388888888888889, accuracy 0.25.
    String[][] pairs = {
        {"The cease-fire took effect at noon on Saturday.", "The cease-fire took effect at noon on Saturday."},
        {"a b c d e", "a b c d x"},
        {"one two three four five six", ""},
        {"", "stray text here"},
        {"", ""},
        {"short", "short text"},
        {"Ереван, 10-го октября 2020 года", "Ереван 10 го октября"},
        {"x y z w x y z w", "x y z w"},
    };
    List<BodyF1.Counts> counts = new ArrayList<>();
    for (String[] p : pairs) {
      counts.add(BodyF1.match(p[0], p[1]));
    }
    BodyF1.Score s = BodyF1.score(counts);
    assertThat(s.precision()).isCloseTo(0.5833333333333334, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.3388888888888889, within(1e-12));
    assertThat(s.f1()).isCloseTo(0.42871485943775106, within(1e-12));
    assertThat(s.accuracy()).isEqualTo(0.25);
    assertThat(s.pages()).isEqualTo(8);
  }

  @Test
  void noPagesScoreZeroInsteadOfFailing() {
    BodyF1.Score s = BodyF1.score(List.of());
    assertThat(s.f1()).isZero();
    assertThat(s.pages()).isZero();
  }
}
