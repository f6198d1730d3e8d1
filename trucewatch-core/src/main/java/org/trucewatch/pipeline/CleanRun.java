package org.trucewatch.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.Rejection;

/**
 * One batch through ingestion, cleaning and syndication clustering: what {@code trucewatch clean} runs. Reads the
 * inputs, reports each rejection as it happens, and returns the articles in input order with their clusters; an
 * undated article takes the earliest date of its cluster, marked inferred. The same document named twice (same id and
 * same bytes) is kept once.
 */
public final class CleanRun {

  /** A clean article with its place among the others. */
  public record ClusteredArticle(Article article, String cluster, List<SharedParagraph> shared) {}

  /** What a batch produced. */
  public record Result(List<ClusteredArticle> articles, int rejected) {}

  private final Pipeline pipeline;

  public CleanRun(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Result run(List<String> inputs, Consumer<Rejection> onRejection, Consumer<String> onWarning) {
    List<Article> articles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int[] rejected = {0};
    ArticleCleaner cleaner = pipeline.cleaner();
    pipeline.ingestor().read(inputs, result -> {
      ArticleCleaner.Outcome outcome;
      try {
        outcome = cleaner.clean(result);
      } catch (Throwable t) { // one document's failure is its rejection, never the batch's end
        outcome = new ArticleCleaner.Failed(DocumentGuard.reject(result, "cleaning", t));
      }
      if (outcome instanceof ArticleCleaner.Failed f) {
        rejected[0]++;
        onRejection.accept(f.rejection());
      } else {
        Article a = pipeline.knownConflict(((ArticleCleaner.Cleaned) outcome).article(), onWarning);
        if (seen.add(a.id() + "\u0000" + a.sha256())) {
          articles.add(a);
        } else if (result instanceof IngestResult.Read) {
          onWarning.accept(a.sourceFile() + ": warning: skipped: the same article (" + a.id() + ") was already read");
        }
      }
    }, w -> onWarning.accept(w.oneLine()));
    return new Result(cluster(articles), rejected[0]);
  }

  /** Clusters articles and fills undated ones from their cluster. */
  public List<ClusteredArticle> cluster(List<Article> articles) {
    SyndicationIndex index = pipeline.newSyndicationIndex();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      if (byId.putIfAbsent(a.id(), a) == null) {
        index.add(a.id(), IngestRun.storyParagraphs(a));
      }
    }
    Map<String, PublishedDate> clusterDate = new HashMap<>();
    for (Article a : byId.values()) {
      if (a.published() != null && !a.published().inferred()) {
        clusterDate.merge(index.clusterOf(a.id()), a.published(),
            (x, y) -> x.date().compareTo(y.date()) <= 0 ? x : y);
      }
    }
    List<ClusteredArticle> out = new ArrayList<>();
    for (Article a : byId.values()) {
      String cluster = index.clusterOf(a.id());
      Article dated = a;
      PublishedDate d = clusterDate.get(cluster);
      if (a.published() == null && d != null) {
        dated = a.withPublished(new PublishedDate(d.date(), d.evidence(), d.origin(), true));
      }
      out.add(new ClusteredArticle(dated, cluster, index.shared(a.id())));
    }
    return out;
  }
}
