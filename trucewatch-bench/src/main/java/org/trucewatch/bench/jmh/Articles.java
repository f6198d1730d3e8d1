package org.trucewatch.bench.jmh;

import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trucewatch.extract.EventExtractor;
import org.trucewatch.nlp.OpenNlpPosTagger;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.resolve.actor.ActorDictionary;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.time.TemporalTagger;

/**
 * The corpus's clean articles with what each stage reads of them, and the stages, each built as the pipeline builds
 * it. {@code subset}: {@code all} articles (most of the extraction benchmark's pages are about other things, and
 * extraction skips their sentences quickly), or only those the extractor finds {@code events} in (where every step
 * runs).
 */
@State(Scope.Benchmark)
public class Articles {

  @Param({"all", "events"})
  public String subset;

  List<Inputs.Prepared> list;
  EventExtractor extractor;
  SentenceSplitter splitter;
  OpenNlpPosTagger pos;
  TemporalTagger times;
  Gazetteer gazetteer;
  ActorDictionary actors;

  @Setup(Level.Trial)
  public void load() {
    load(Inputs.get());
  }

  void load(Inputs in) {
    list = in.articles(subset);
    if (list.isEmpty()) {
      throw new IllegalStateException("no articles in the subset '" + subset + "' of the corpus");
    }
    extractor = in.pipeline.extractor();
    splitter = SentenceSplitter.english();
    pos = OpenNlpPosTagger.english();
    times = TemporalTagger.english();
    gazetteer = Gazetteer.load();
    actors = ActorDictionary.load();
  }
}
