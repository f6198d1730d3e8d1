package org.trucewatch.bench.jmh;

import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.ingest.SourceDocument;

/** The corpus's documents as read and decoded, before cleaning: the plain-text ones and the HTML ones. */
@State(Scope.Benchmark)
public class Documents {

  ArticleCleaner cleaner;
  List<SourceDocument> text;
  List<SourceDocument> html;
  long[] textBytes;
  long[] htmlBytes;

  @Setup(Level.Trial)
  public void load() {
    load(Inputs.get());
  }

  void load(Inputs in) {
    if (in.text.isEmpty() || in.html.isEmpty()) {
      throw new IllegalStateException("the corpus needs plain-text and HTML documents; it has " + in.text.size()
          + " and " + in.html.size());
    }
    cleaner = in.pipeline.cleaner();
    text = in.text;
    html = in.html;
    textBytes = text.stream().mapToLong(d -> BenchCorpus.utf8Length(d.content())).toArray();
    htmlBytes = html.stream().mapToLong(d -> BenchCorpus.utf8Length(d.content())).toArray();
  }
}
