package org.trucewatch.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.Function;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Extraction;
import org.trucewatch.pipeline.AnchorEstimator;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.DocumentGuard;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.report.EventJson;

/**
 * The job's last stage, one article at a time on the executor's {@link Pipeline}: an undated copy takes its cluster's
 * date, marked inferred (as {@link CleanRun} does); the article is extracted against its anchor date (as
 * {@link org.trucewatch.pipeline.ExtractRun} does); the result is the article's {@code clean --json} form with its
 * cluster, its {@code extract --json} events (dated ones, as {@code extract --json} prints), and its cluster row.
 * Immutable; one instance serves every task of the stage.
 */
final class ExtractTask implements Function<Items.Prepared, Items.Output> {

  private static final long serialVersionUID = 1L;

  private final Pipelines.Spec spec;

  ExtractTask(Pipelines.Spec spec) {
    this.spec = spec;
  }

  @Override
  public Items.Output call(Items.Prepared prepared) {
    Pipeline pipeline = Pipelines.get(spec);
    Article a = JsonForms.article(JsonForms.parse(prepared.doc().json())).article();
    Items.Placement place = prepared.placement();
    String cluster = place == null ? a.id() : place.cluster();
    if (a.published() == null && place != null && place.clusterDate() != null) {
      Items.Dated d = place.clusterDate();
      a = a.withPublished(new PublishedDate(d.date(), d.evidence(), DateCandidate.Origin.valueOf(d.origin()), true));
    }
    List<SharedParagraph> shared = place == null ? List.of()
        : place.shared().stream().map(Items.Shared::toShared).toList();
    ObjectNode article = JsonForms.articleJson(new CleanRun.ClusteredArticle(a, cluster, shared));

    Optional<AnchorEstimator.Anchor> anchor = pipeline.anchors().anchor(a);
    List<String> events = new ArrayList<>();
    try {
      Extraction x = pipeline.extractor().extract(a, anchor.map(AnchorEstimator.Anchor::date).orElse(null),
          anchor.map(AnchorEstimator.Anchor::basis).orElse(null));
      for (Event e : x.events()) {
        events.add(EventJson.toJson(JsonForms.MAPPER, e).toString());
      }
    } catch (Throwable t) {
      // One article over its budget (or failing) keeps its cleaned text and loses its events, never the job.
      Rejection r = DocumentGuard.reject(a.sourceFile(), a.record(), "extraction", t);
      System.err.println("trucewatch-spark: " + a.id() + ": " + r.reason().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ') + ": " + r.message());
    }
    ObjectNode row = JsonForms.MAPPER.createObjectNode();
    row.put("article", a.id());
    row.put("cluster", cluster);
    row.set("shared_paragraphs", article.get("shared_paragraphs"));
    return new Items.Output(a.id(), cluster, article.toString(), row.toString(), List.copyOf(events));
  }
}
