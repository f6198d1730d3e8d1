package org.trucewatch.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.resolve.actor.ActorContext;
import org.trucewatch.resolve.time.TemporalAnchor;

/**
 * The resolvers, one clean article an operation, over all of it (the pipeline runs them only on paragraphs and
 * sentences with a trigger word): temporal tagging and gazetteer matching paragraph by paragraph, actor matching
 * sentence by sentence on tagged sentences with the article's coreference state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ResolveBenchmarks {

  @Benchmark
  public int temporalTagging(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    TemporalAnchor anchor = p.anchor() == null ? null : TemporalAnchor.of(p.anchor());
    int found = 0;
    for (String paragraph : p.paragraphs()) {
      found += a.times.tag(paragraph, anchor).size();
    }
    t.bytes += p.bytes();
    t.sentences += p.sentences().size();
    return found;
  }

  @Benchmark
  public int gazetteerMatching(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    int found = 0;
    for (String paragraph : p.paragraphs()) {
      found += a.gazetteer.find(paragraph).size();
    }
    t.bytes += p.bytes();
    t.sentences += p.sentences().size();
    return found;
  }

  @Benchmark
  public int actorMatching(Articles a, Throughput t) {
    Inputs.Prepared p = a.list.get(t.next(a.list.size()));
    ActorContext context = new ActorContext(a.actors);
    int found = 0;
    for (Sentence s : p.tagged()) {
      found += context.resolve(s).size();
    }
    t.bytes += p.bytes();
    t.sentences += p.tagged().size();
    return found;
  }
}
