package org.trucewatch.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.trucewatch.extract.EventExtractor;
import org.trucewatch.extract.Extraction;
import org.trucewatch.ingest.Rejection;

/**
 * One batch through cleaning, clustering and extraction: what {@code trucewatch extract} runs. Each article is
 * extracted against its anchor date (its own, its cluster's, or one estimated from the dates it mentions).
 */
public final class ExtractRun {

  /** An article's extraction with the article and cluster it came from. */
  public record ArticleEvents(CleanRun.ClusteredArticle article, AnchorEstimator.Anchor anchor,
      Extraction extraction) {}

  /** What a batch produced. */
  public record Result(List<ArticleEvents> articles, int rejected) {}

  private final Pipeline pipeline;

  public ExtractRun(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Result run(List<String> inputs, Consumer<Rejection> onRejection, Consumer<String> onWarning) {
    CleanRun.Result cleaned = new CleanRun(pipeline).run(inputs, onRejection, onWarning);
    EventExtractor extractor = pipeline.extractor();
    AnchorEstimator anchors = pipeline.anchors();
    List<ArticleEvents> out = new ArrayList<>();
    int rejected = cleaned.rejected();
    for (CleanRun.ClusteredArticle ca : cleaned.articles()) {
      try {
        Optional<AnchorEstimator.Anchor> anchor = anchors.anchor(ca.article());
        Extraction x = extractor.extract(ca.article(), anchor.map(AnchorEstimator.Anchor::date).orElse(null),
            anchor.map(AnchorEstimator.Anchor::basis).orElse(null));
        out.add(new ArticleEvents(ca, anchor.orElse(null), x));
      } catch (Throwable t) { // over budget, or a defect: this article is rejected, the others go on
        rejected++;
        onRejection.accept(DocumentGuard.reject(ca.article().sourceFile(), ca.article().record(), "extraction", t));
      }
    }
    return new Result(out, rejected);
  }
}
