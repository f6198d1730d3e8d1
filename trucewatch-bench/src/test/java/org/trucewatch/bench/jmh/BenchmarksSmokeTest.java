package org.trucewatch.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.extract.Extraction;
import org.trucewatch.nlp.Sentence;

/**
 * Each benchmark method once, outside JMH, on the sample articles and one page of the extraction benchmark: that the
 * states load and every method does real work (JMH's own run is not part of the build).
 */
class BenchmarksSmokeTest {

  private static Inputs inputs;

  @BeforeAll
  static void read() throws IOException {
    Path root = BenchCorpus.findRoot(Path.of(""));
    String page;
    try (Stream<Path> pages = Files.list(root.resolve("data/eval/article-extraction-benchmark/html"))) {
      page = pages.sorted().findFirst().orElseThrow().toString();
    }
    inputs = Inputs.read(List.of(root.resolve("data/samples").toString(), page));
  }

  private static Articles articles(String subset) {
    Articles a = new Articles();
    a.subset = subset;
    a.load(inputs);
    return a;
  }

  private static Throughput counters() {
    Throughput t = new Throughput();
    t.reset();
    return t;
  }

  @Test
  void cleaningCleansAPageOfEachKind() {
    Documents d = new Documents();
    d.load(inputs);
    Throughput t = counters();
    assertThat(new CleanBenchmarks().plainText(d, t)).isInstanceOf(ArticleCleaner.Cleaned.class);
    assertThat(new CleanBenchmarks().html(d, t)).isInstanceOf(ArticleCleaner.Cleaned.class);
    assertThat(t.bytes).isEqualTo(d.textBytes[0] + d.htmlBytes[0]);
  }

  @Test
  void theStagesReadAnArticleWithEvents() {
    Articles a = articles("events");
    Throughput t = counters();
    Extraction x = new ExtractBenchmark().extractOneArticle(a, t);
    assertThat(x.events()).isNotEmpty();
    assertThat(t.sentences).isEqualTo(x.sentences().size());

    t = counters();
    List<Sentence> split = new NlpBenchmarks().sentenceSplitting(a, t);
    assertThat(split).hasSize(x.sentences().size());
    assertThat(t.sentences).isEqualTo(split.size());
    t = counters();
    assertThat(new NlpBenchmarks().posTagging(a, t)).allSatisfy(s -> assertThat(s.tokens().get(0).tag()).isNotNull());

    ResolveBenchmarks resolve = new ResolveBenchmarks();
    assertThat(resolve.temporalTagging(a, counters())).isPositive();
    assertThat(resolve.gazetteerMatching(a, counters())).isPositive();
    assertThat(resolve.actorMatching(a, counters())).isPositive();
  }

  @Test
  void theIndexGrowsByOneArticleAnAdd() {
    DedupBenchmark.GrowingIndex g = new DedupBenchmark.GrowingIndex();
    g.indexSize = 20;
    g.extra = 2;
    g.generate(inputs);
    g.rebuild();
    Throughput t = counters();
    DedupBenchmark bench = new DedupBenchmark();
    assertThat(bench.syndicationIndexAdd(g, t)).isEqualTo(21);
    assertThat(bench.syndicationIndexAdd(g, t)).isEqualTo(22);
    assertThat(t.bytes).isPositive();
    // Past the variants made for it, the index starts again rather than adding an id twice.
    assertThat(bench.syndicationIndexAdd(g, t)).isEqualTo(21);
  }

  @Test
  void anUnknownSubsetIsRefusedByName() {
    assertThatThrownBy(() -> articles("most")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'most'");
  }
}
