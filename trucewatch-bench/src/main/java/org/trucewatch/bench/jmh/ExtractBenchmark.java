package org.trucewatch.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.extract.Extraction;

/**
 * Extraction of one clean article against its anchor date: splitting, triggers, tagging, the resolvers, frames,
 * events and their assembly, as {@code trucewatch extract} runs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ExtractBenchmark {

  @Benchmark
  public Extraction extractOneArticle(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    Extraction x = a.extractor.extract(p.article(), p.anchor(), p.anchorBasis());
    t.bytes += p.bytes();
    t.sentences += x.sentences().size();
    return x;
  }
}
