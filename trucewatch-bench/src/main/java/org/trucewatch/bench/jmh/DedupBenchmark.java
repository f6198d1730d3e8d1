package org.trucewatch.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.bench.Variator;
import org.trucewatch.dedup.SyndicationIndex;

/**
 * Syndication clustering: adding one article to an index that already holds {@code indexSize} articles. The articles
 * are variants of the real ones ({@link Variator}, seed fixed, a fifth of them exact copies), made before timing, so
 * that each added article is a new text or a copy as in a news stream, not the same page again.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DedupBenchmark {

  /** Variants made beyond the index's size: more than an iteration adds at any plausible speed. */
  private static final int EXTRA = 20_000;

  /** An index of {@code indexSize} variants, rebuilt before every iteration, and the variants to add next. */
  @State(Scope.Thread)
  public static class GrowingIndex {

    @Param({"1000", "10000"})
    public int indexSize;

    private final List<String> ids = new ArrayList<>();
    private final List<List<String>> texts = new ArrayList<>();
    private final List<Long> bytes = new ArrayList<>();
    private Inputs inputs;
    int extra = EXTRA;
    SyndicationIndex index;
    int next;

    @Setup(Level.Trial)
    public void generate() {
      generate(Inputs.get());
    }

    void generate(Inputs in) {
      inputs = in;
      Variator variator = new Variator(inputs.articles.stream().map(Inputs.Prepared::article).toList(), 20201010L,
          0.2, 365);
      for (int i = 0; i < indexSize + extra; i++) {
        Variator.Variant v = variator.variant(i);
        List<String> story = variator.storyParagraphs(v);
        ids.add(v.id());
        texts.add(story);
        bytes.add(story.stream().mapToLong(BenchCorpus::utf8Length).sum());
      }
    }

    @Setup(Level.Iteration)
    public void rebuild() {
      index = inputs.pipeline.newSyndicationIndex();
      for (int i = 0; i < indexSize; i++) {
        index.add(ids.get(i), texts.get(i));
      }
      next = indexSize;
    }
  }

  @Benchmark
  public int syndicationIndexAdd(GrowingIndex g, Throughput t) {
    if (g.next == g.ids.size()) {
      g.rebuild(); // only if an iteration outruns the variants made for it: rare, and then inside the timing
    }
    int i = g.next++;
    g.index.add(g.ids.get(i), g.texts.get(i));
    t.bytes += g.bytes.get(i);
    return g.index.size();
  }
}
