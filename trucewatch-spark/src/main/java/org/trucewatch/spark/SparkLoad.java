package org.trucewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.trucewatch.clean.Article;
import org.trucewatch.extract.Event;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.EventWriter;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;

/**
 * {@code trucewatch-spark load}: stores a Spark run's output in the database as {@code trucewatch ingest} stores what
 * it reads: each article with its cluster and events in one unit of work, the incidents its events join, the truces
 * they extract added to the register, and the rejections. Nothing is read or extracted again: the run's clusters and
 * inferred dates are taken as they are. Idempotent: an article stored with the same bytes, cluster and date is
 * skipped; one whose cluster or inferred date a later run changed is updated and its events replaced.
 *
 * <p>Reads the run's Parquet through the caller's session, writes through the caller's store; closes neither. Not
 * thread-safe: one load per store at a time.
 */
public final class SparkLoad {

  /** What a load did. */
  public record Counts(long articles, long stored, long updated, long unchanged, long events, long rejections) {}

  private final Pipeline pipeline;
  private final Store store;
  private final EventWriter writer;

  public SparkLoad(Pipeline pipeline, Store store) {
    this.pipeline = pipeline;
    this.store = store;
    this.writer = new EventWriter(pipeline);
  }

  public Counts load(SparkSession spark, String runOutput) {
    checkRunOutput(spark, runOutput);
    writer.prepare(store);
    long rejections = loadRejections(spark.read().parquet(runOutput + "/rejections"));
    Dataset<Row> events = spark.read().parquet(runOutput + "/events")
        .select(col("article"), to_json(struct(col("*"))).as("json"))
        .groupBy("article").agg(collect_list("json").as("events"));
    Dataset<Row> articles = spark.read().parquet(runOutput + "/articles")
        .select(col("article"), to_json(struct(col("*"))).as("json"))
        .join(events, new String[] {"article"}, "left")
        .orderBy("article");
    long[] c = new long[5];
    Iterator<Row> rows = articles.toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      CleanRun.ClusteredArticle ca = JsonForms.article(JsonForms.parse(row.getString(1)));
      List<Event> list = new ArrayList<>();
      if (!row.isNullAt(2)) {
        for (String json : row.<String>getList(2)) {
          list.add(JsonForms.event(JsonForms.parse(json)));
        }
      }
      int outcome = store(ca.article(), ca.cluster(), list);
      c[0]++;
      c[outcome + 1]++;
      if (outcome != 2) {
        c[4] += list.size();
      }
    }
    return new Counts(c[0], c[1], c[2], c[3], c[4], rejections);
  }

  /** Fails with a message naming {@code runOutput} unless it holds the four outputs of a run. */
  public static void checkRunOutput(SparkSession spark, String runOutput) {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(runOutput);
    try {
      org.apache.hadoop.fs.FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String part : List.of("articles", "events", "clusters", "rejections")) {
        if (!fs.exists(new org.apache.hadoop.fs.Path(dir, part + "/_SUCCESS"))) {
          throw new IllegalArgumentException(runOutput + ": not the output of a finished 'trucewatch-spark run' (no "
              + part + "/ in it, or the run did not finish writing it)");
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(runOutput + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private long loadRejections(Dataset<Row> rows) {
    List<Rejection> list = new ArrayList<>();
    rows.toLocalIterator().forEachRemaining(r -> list.add(new Rejection(r.getAs("source"), r.getAs("record"),
        Rejection.Reason.valueOf(r.<String>getAs("reason").toUpperCase(Locale.ROOT)), r.getAs("message"))));
    store.inTransaction(tx -> {
      list.forEach(tx::putRejection);
      return null;
    });
    return list.size();
  }

  /** Stores one article in one unit of work: 0 stored, 1 updated, 2 unchanged. */
  private int store(Article article, String cluster, List<Event> extracted) {
    return store.inTransaction(tx -> {
      Optional<StoredArticle> old = tx.hasArticle(article.id(), article.sha256())
          ? store.article(article.id()) : Optional.empty();
      if (old.isPresent() && old.get().cluster().equals(cluster)
          && Objects.equals(old.get().article().published(), article.published())) {
        return 2;
      }
      writer.removeEvents(tx, article.id()); // a re-fetched or re-dated story replaces its old events
      tx.putArticle(article, cluster);
      writer.putEvents(tx, article.id(), cluster, extracted);
      return old.isPresent() ? 1 : 0;
    });
  }
}
