package org.trucewatch.bench.jmh;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.clean.Article;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.nlp.OpenNlpPosTagger;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.pipeline.AnchorEstimator;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * The benchmark corpus, read and prepared once per JVM (JMH forks one per benchmark): the default corpus of
 * {@link BenchCorpus} found from the working directory (or {@code -Dtrucewatch.root=DIR}), its documents by type, and
 * for each article what the stages read: its anchor date, paragraphs, sentences, and tagged sentences. The pipeline's
 * clock is fixed, so that undated articles anchor the same way in every run. Immutable once built.
 */
final class Inputs {

  /** An article with what each stage reads of it. */
  record Prepared(Article article, LocalDate anchor, org.trucewatch.extract.DateBasis anchorBasis, List<String> paragraphs,
      List<String> storyParagraphs, List<Sentence> sentences, List<Sentence> tagged, long bytes, boolean hasEvents) {}

  private static final Clock FIXED = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static Inputs loaded;

  final Pipeline pipeline;
  final List<SourceDocument> text;
  final List<SourceDocument> html;
  final List<Prepared> articles;

  private Inputs(Pipeline pipeline, List<SourceDocument> text, List<SourceDocument> html, List<Prepared> articles) {
    this.pipeline = pipeline;
    this.text = text;
    this.html = html;
    this.articles = articles;
  }

  /** The corpus of this JVM, read on first use. */
  static synchronized Inputs get() {
    if (loaded == null) {
      String root = System.getProperty("trucewatch.root", "");
      loaded = read(BenchCorpus.defaultInputs(BenchCorpus.findRoot(Path.of(root))));
    }
    return loaded;
  }

  static Inputs read(List<String> inputs) {
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), FIXED);
    BenchCorpus corpus = BenchCorpus.read(pipeline, inputs);
    SentenceSplitter splitter = SentenceSplitter.english();
    OpenNlpPosTagger pos = OpenNlpPosTagger.english();
    AnchorEstimator anchors = pipeline.anchors();
    List<Prepared> prepared = new ArrayList<>();
    for (CleanRun.ClusteredArticle ca : new CleanRun(pipeline).cluster(corpus.articles())) {
      Article a = ca.article();
      var anchor = anchors.anchor(a);
      LocalDate date = anchor.map(AnchorEstimator.Anchor::date).orElse(null);
      var basis = anchor.map(AnchorEstimator.Anchor::basis).orElse(null);
      List<String> paragraphs = new ArrayList<>();
      List<String> story = new ArrayList<>();
      for (int p = 0; p < a.paragraphs().size(); p++) {
        paragraphs.add(a.paragraphText(p));
        story.add(a.paragraphs().get(p).kind() == org.trucewatch.clean.Block.Kind.HEADING ? "" : a.paragraphText(p));
      }
      List<Sentence> sentences = splitter.split(a);
      boolean events = !pipeline.extractor().extract(a, date, basis).events().isEmpty();
      prepared.add(new Prepared(a, date, basis, List.copyOf(paragraphs), List.copyOf(story), sentences,
          pos.tagAll(sentences), BenchCorpus.utf8Length(a.body()), events));
    }
    if (prepared.isEmpty()) {
      throw new IllegalStateException("no article could be read from " + inputs);
    }
    return new Inputs(pipeline, corpus.documents(ContentType.TEXT), corpus.documents(ContentType.HTML),
        List.copyOf(prepared));
  }

  /** The articles of a subset: {@code all}, or {@code events} (those the extractor finds events in). */
  List<Prepared> articles(String subset) {
    return switch (subset) {
      case "all" -> articles;
      case "events" -> articles.stream().filter(Prepared::hasEvents).toList();
      default -> throw new IllegalArgumentException("unknown article subset '" + subset + "': all or events");
    };
  }
}
