package org.trucewatch.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.nlp.Sentence;

/** Sentence splitting (with tokenisation) and part-of-speech tagging, one clean article an operation. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class NlpBenchmarks {

  @Benchmark
  public List<Sentence> sentenceSplitting(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    List<Sentence> out = a.splitter.split(p.article());
    t.bytes += p.bytes();
    t.sentences += out.size();
    return out;
  }

  /** Every sentence of the article (the pipeline tags only those with a trigger word). */
  @Benchmark
  public List<Sentence> posTagging(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    t.bytes += p.bytes();
    t.sentences += p.sentences().size();
    return a.pos.tagAll(p.sentences());
  }
}
