package org.trucewatch.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.clean.html.HtmlPageExtractor;

/** The extractor on the article-extraction benchmark kept in {@code data/eval/} (181 pages, a few seconds). */
class ExtractionBenchmarkTest {

  private static final Path BENCHMARK = Path.of("../data/eval/article-extraction-benchmark");

  @Test
  void scoresAtLeastTheTargetOnTheBenchmark(@TempDir Path tmp) throws IOException {
    assumeTrue(Files.isDirectory(BENCHMARK), "benchmark data not present at " + BENCHMARK.toAbsolutePath());
    List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.load(BENCHMARK);
    assertThat(pages).hasSize(181);
    List<ExtractionBenchmark.Scored> scored = ExtractionBenchmark.run(pages, new HtmlPageExtractor());
    BodyF1.Score s = BodyF1.score(scored.stream().map(ExtractionBenchmark.Scored::counts).toList());
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.95);

    Path out = tmp.resolve("output/trucewatch.json");
    ExtractionBenchmark.writePredictions(scored, out);
    JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertThat(written.size()).isEqualTo(181);
    assertThat(written.get(pages.get(0).id()).get("articleBody").asText()).isEqualTo(scored.get(0).predicted());
  }

  @Test
  void aFolderWithoutGroundTruthIsAClearError(@TempDir Path tmp) {
    assertThatThrownBy(() -> ExtractionBenchmark.load(tmp))
        .isInstanceOf(IOException.class).hasMessageContaining("ground-truth.json");
  }

  @Test
  void aMissingPageIsNamed(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("ground-truth.json"), "{\"abc\": {\"articleBody\": \"x\"}}");
    assertThatThrownBy(() -> ExtractionBenchmark.load(tmp))
        .isInstanceOf(IOException.class).hasMessageContaining("abc.html.gz");
  }
}
