package org.trucewatch.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.IngestWarning;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;

/**
 * {@code trucewatch ingest}: reads, cleans, clusters and extracts articles one at a time and stores each with its
 * events, claims and incident updates in one unit of work, so that a process killed at any point leaves a consistent
 * database and a re-run completes the work; an article already stored with the same bytes is skipped, so re-running
 * changes nothing. The syndication index is rebuilt from the store at start. When a dated copy of a story arrives,
 * undated copies already stored take its date and are extracted again. Not thread-safe: one run per store at a time.
 */
public final class IngestRun {

  /** Counts of a run. */
  public record Counts(int read, int stored, int unchanged, int rejected, int events) {}

  private final Pipeline pipeline;
  private final Store store;
  private final Clock clock;
  private final EventWriter writer;
  private SyndicationIndex index;
  /** Each stored article's cluster and date, as the store has them: so that a copy need not read its cluster's. */
  private final Map<String, Filed> stored = new HashMap<>();

  /** Where an article is filed: its cluster and publication date (null when unknown). */
  private record Filed(String cluster, PublishedDate published) {}

  public IngestRun(Pipeline pipeline, Store store, Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.writer = new EventWriter(pipeline);
  }

  /** Documents from somewhere other than files (pages fetched by the watcher): each result goes to the sink. */
  @FunctionalInterface
  public interface Source {
    void read(Consumer<IngestResult> sink, Consumer<IngestWarning> warnings);
  }

  public Counts run(List<String> inputs, Consumer<String> progress, Consumer<String> problems) {
    return run((sink, warnings) -> pipeline.ingestor().read(inputs, sink, warnings), Progress.measure(inputs),
        progress, problems, false);
  }

  /**
   * Ingests what {@code source} yields exactly as files are ingested. The syndication index is rebuilt when the first
   * document arrives, in the sink's thread and under whatever lock the source holds while it hands it over: a
   * watcher's round that downloads nothing (all 304) then costs no pass over the stored articles.
   */
  public Counts run(Source source, Consumer<String> progress, Consumer<String> problems) {
    return run(source, Progress.Inputs.UNKNOWN, progress, problems, true);
  }

  private Counts run(Source source, Progress.Inputs measured, Consumer<String> progress, Consumer<String> problems,
      boolean lazily) {
    boolean[] prepared = {false};
    if (!lazily) {
      prepare();
      prepared[0] = true;
    }
    Progress meter = new Progress(clock, progress, measured);
    int[] c = new int[5];
    ArticleCleaner cleaner = pipeline.cleaner();
    source.read(result -> {
      if (!prepared[0]) {
        prepare();
        prepared[0] = true;
      }
      c[0]++;
      meter.file(sourceOf(result));
      ArticleCleaner.Outcome outcome;
      try {
        outcome = cleaner.clean(result);
      } catch (Throwable t) { // one document's failure is its rejection, never the batch's end
        outcome = new ArticleCleaner.Failed(DocumentGuard.reject(result, "cleaning", t));
      }
      if (outcome instanceof ArticleCleaner.Failed f) {
        c[3]++;
        problems.accept(f.rejection().oneLine());
        store.inTransaction(tx -> {
          tx.putRejection(f.rejection());
          return null;
        });
      } else {
        Article a = pipeline.knownConflict(((ArticleCleaner.Cleaned) outcome).article(), problems);
        int stored;
        try {
          stored = store(a);
        } catch (Throwable t) { // its transaction rolled back: reject the article, keep the batch going
          this.stored.remove(a.id());
          var rejection = DocumentGuard.reject(a.sourceFile(), a.record(), "extraction", t);
          c[3]++;
          problems.accept(rejection.oneLine());
          store.inTransaction(tx -> {
            tx.putRejection(rejection);
            return null;
          });
          meter.tick(c[0], c[1], c[2], c[3]);
          return;
        }
        if (stored < 0) {
          c[2]++;
        } else {
          c[1]++;
          c[4] += stored;
        }
      }
      meter.tick(c[0], c[1], c[2], c[3]);
    }, w -> problems.accept(w.oneLine()));
    meter.done(c[0], c[1], c[2], c[3]);
    return new Counts(c[0], c[1], c[2], c[3], c[4]);
  }

  private static String sourceOf(IngestResult r) {
    return r instanceof IngestResult.Read read ? read.document().sourceFile()
        : ((IngestResult.Rejected) r).rejection().sourceFile();
  }

  /** Loads the register into the store and rebuilds the syndication index from the stored articles. */
  private void prepare() {
    writer.prepare(store);
    index = pipeline.newSyndicationIndex();
    stored.clear();
    store.forEachArticle(sa -> {
      index.add(sa.article().id(), storyParagraphs(sa.article()));
      stored.put(sa.article().id(), new Filed(sa.cluster(), sa.article().published()));
    });
  }

  /** Stores one article and what follows from it; returns its event count, or -1 when it was already stored. */
  private int store(Article fresh) {
    return store.inTransaction(tx -> {
      if (tx.hasArticle(fresh.id(), fresh.sha256())) {
        return -1;
      }
      index.add(fresh.id(), storyParagraphs(fresh));
      String cluster = index.clusterOf(fresh.id());
      List<String> members = index.clusterMembers(fresh.id());
      Article article = fresh.published() == null ? withClusterDate(fresh, members, tx) : fresh;
      writer.removeEvents(tx, article.id()); // a re-fetched story replaces its old version
      tx.putArticle(article, cluster);
      stored.put(article.id(), new Filed(cluster, article.published()));
      int events = extractAndStore(tx, article, cluster);
      for (String other : members) {
        Filed filed = stored.get(other);
        if (other.equals(article.id()) || filed == null) {
          continue;
        }
        // Only members whose cluster or date changes are written: a copy joining a cluster of k changes none.
        if (!cluster.equals(filed.cluster())) {
          tx.setCluster(other, cluster);
          stored.put(other, new Filed(cluster, filed.published()));
        }
        if (article.published() != null && !article.published().inferred()
            && laterThan(filed.published(), article.published())) {
          redate(tx, other, article.published(), cluster);
        }
      }
      return events;
    });
  }

  private Article withClusterDate(Article a, List<String> members, Store.Tx tx) {
    PublishedDate best = null;
    for (String id : members) {
      Filed filed = id.equals(a.id()) ? null : stored.get(id);
      PublishedDate d = filed == null ? null : filed.published();
      if (d != null && !d.inferred() && (best == null || d.date().compareTo(best.date()) < 0)) {
        best = d;
      }
    }
    return best == null ? a : a.withPublished(new PublishedDate(best.date(), best.evidence(), best.origin(), true));
  }

  /** Whether an undated article, or one dated from its cluster later than {@code date}, would take {@code date}. */
  private static boolean laterThan(PublishedDate current, PublishedDate date) {
    return current == null || current.inferred() && current.date().compareTo(date.date()) > 0;
  }

  /** An undated copy takes the date of a dated one that just arrived, and is read again against it. */
  private void redate(Store.Tx tx, String id, PublishedDate date, String cluster) {
    Optional<StoredArticle> copy = store.article(id);
    if (copy.isEmpty()) {
      return;
    }
    Article a = copy.get().article();
    if (a.published() != null && (!a.published().inferred() || a.published().date().compareTo(date.date()) <= 0)) {
      return;
    }
    PublishedDate inferred = new PublishedDate(date.date(), date.evidence(), date.origin(), true);
    tx.setPublished(id, inferred);
    stored.put(id, new Filed(cluster, inferred));
    writer.removeEvents(tx, id);
    extractAndStore(tx, a.withPublished(inferred), cluster);
  }

  private int extractAndStore(Store.Tx tx, Article article, String cluster) {
    var anchor = pipeline.anchors().anchor(article);
    var extraction = pipeline.extractor().extract(article, anchor.map(AnchorEstimator.Anchor::date).orElse(null),
        anchor.map(AnchorEstimator.Anchor::basis).orElse(null));
    return writer.putEvents(tx, article.id(), cluster, extraction.events());
  }

  // Headings are too short and too generic to show that two pages carry one story.
  static List<String> storyParagraphs(Article a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.add(a.paragraphs().get(i).kind() == Block.Kind.HEADING ? "" : a.paragraphText(i));
    }
    return out;
  }
}
