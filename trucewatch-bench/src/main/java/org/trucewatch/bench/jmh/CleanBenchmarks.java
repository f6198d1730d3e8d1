package org.trucewatch.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.ingest.SourceDocument;

/** Cleaning, one document an operation: boilerplate removal, date, language and paragraph layout. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CleanBenchmarks {

  /** A plain-text page (the samples, the hand-written articles). */
  @Benchmark
  public ArticleCleaner.Outcome plainText(Documents d, Throughput t) {
    int i = t.next(d.text.size());
    t.bytes += d.textBytes[i];
    return d.cleaner.clean(d.text.get(i));
  }

  /** An HTML page (the article-extraction benchmark's 181 pages). */
  @Benchmark
  public ArticleCleaner.Outcome html(Documents d, Throughput t) {
    int i = t.next(d.html.size());
    t.bytes += d.htmlBytes[i];
    SourceDocument doc = d.html.get(i);
    return d.cleaner.clean(doc);
  }
}
