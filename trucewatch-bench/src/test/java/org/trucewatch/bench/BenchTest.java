package org.trucewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;

/** The stage benchmark on the samples, one round: what it counts, not how fast. */
class BenchTest {

  private static final List<String> SAMPLES = List.of("../data/samples");

  @Test
  void eachStageCountsWhatItReadAndEndToEndAddsThemUp() {
    Bench.Report r = new Bench(new Pipeline(TrucewatchConfig.defaults(), Clock.systemUTC()))
        .run(SAMPLES, 0, 1, s -> { });
    assertThat(r.stages()).extracting(Bench.StageResult::stage)
        .containsExactly("clean", "cluster", "extract", "end to end");
    assertThat(r.documents()).isEqualTo(5);
    assertThat(r.articles()).isEqualTo(5);
    Bench.StageResult clean = r.stage("clean");
    Bench.StageResult extract = r.stage("extract");
    Bench.StageResult total = r.stage("end to end");
    assertThat(clean.bytes()).isEqualTo(r.inputBytes()).isGreaterThan(extract.bytes());
    assertThat(extract.sentences()).isGreaterThan(50);
    assertThat(extract.events()).isPositive();
    assertThat(total.cpuSeconds()).isEqualTo(clean.cpuSeconds() + r.stage("cluster").cpuSeconds()
        + extract.cpuSeconds());
    assertThat(total.sentencesPerSecond()).isLessThan(extract.sentencesPerSecond());
    assertThat(total.peakHeapBytes()).isPositive().isGreaterThanOrEqualTo(clean.peakHeapBytes());
  }

  @Test
  void noTimedRoundIsRefused() {
    Bench bench = new Bench(new Pipeline(TrucewatchConfig.defaults(), Clock.systemUTC()));
    assertThatThrownBy(() -> bench.run(SAMPLES, 1, 0, s -> { })).hasMessageContaining("were 0 and 1");
  }
}
