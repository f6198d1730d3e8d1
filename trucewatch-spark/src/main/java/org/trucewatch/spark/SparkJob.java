package org.trucewatch.spark;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.trucewatch.config.TrucewatchConfig;
import scala.Tuple2;

/**
 * {@code trucewatch-spark run}: the cleaning, syndication clustering and extraction of {@code trucewatch extract} as
 * one Spark job, for inputs one JVM cannot get through. Stages: list the input files on the driver
 * ({@link InputFiles}); read and clean them one file per task ({@link FileReader}); keep one article per id, the first
 * in input order (as {@link org.trucewatch.pipeline.CleanRun} does); cluster copies ({@link Syndication}); give
 * undated copies their cluster's earliest date; extract each article ({@link ExtractTask}); write Parquet under the
 * output directory: {@code articles/}, {@code events/}, {@code clusters/} and {@code rejections/}
 * ({@link OutputSchemas}).
 *
 * <p>Reads the inputs and writes only under the output directory, which must not exist yet unless {@code overwrite}.
 * The session is the caller's to stop. Immutable; one job may be run many times.
 */
public final class SparkJob {

  /** What a run read and wrote. */
  public record Summary(int files, long bytes, long articles, long clusters, long events, long rejections,
      double seconds) {

    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private final TrucewatchConfig config;
  private final Pipelines.Spec spec;
  private final int partitions;

  /**
   * @param partitions how many partitions the shuffles use (0: Spark's default parallelism, one per core)
   */
  public SparkJob(TrucewatchConfig config, Clock clock, int partitions) {
    this.config = config;
    this.spec = Pipelines.Spec.of(config, clock);
    this.partitions = partitions;
  }

  public Summary run(SparkSession spark, List<String> inputs, String output, boolean overwrite) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    try {
      return run(spark, jsc, inputs, output, overwrite);
    } finally {
      jsc.clearCallSite(); // the phase names given to the stages, which would name a caller's next jobs
    }
  }

  private Summary run(SparkSession spark, JavaSparkContext jsc, List<String> inputs, String output,
      boolean overwrite) throws IOException {
    long t0 = System.nanoTime();
    Configuration hadoop = jsc.hadoopConfiguration();
    prepareOutput(hadoop, output, overwrite);
    int parts = partitions > 0 ? partitions : jsc.defaultParallelism();

    jsc.setCallSite("read and clean");
    InputFiles.Listing listing = InputFiles.list(hadoop, inputs, config.ingest().maxDirectoryDepth());
    JavaRDD<Items.Read> read = jsc.parallelize(listing.files(), Math.max(1, listing.files().size()))
        .flatMap(new FileReader(spec, hadoop))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Rejections first: the files are read once, into the cache; the articles move on to their own cache after.
    JavaRDD<String> rejections = read.filter(r -> r instanceof Items.Rejected)
        .union(jsc.parallelize(listing.rejections().stream().map(Items.Rejected::of).map(Items.Read.class::cast)
            .toList(), 1))
        .map(r -> rejectionJson((Items.Rejected) r));
    write(spark, rejections, OutputSchemas.REJECTIONS, output + "/rejections");
    long rejected = rejections.count();
    jsc.setCallSite("one article per id");
    JavaPairRDD<String, Items.Doc> docs = read
        .filter(r -> r instanceof Items.Doc)
        .mapToPair(r -> new Tuple2<>(((Items.Doc) r).id(), (Items.Doc) r))
        .reduceByKey((a, b) -> a.order() <= b.order() ? a : b, parts)
        .persist(StorageLevel.MEMORY_AND_DISK());
    docs.count();
    read.unpersist(false);

    Syndication.Result clustered = new Syndication(config.dedup(), parts).cluster(docs);
    jsc.setCallSite("place copies");
    // Placements go to their articles' partitions; the articles stream past them, never gathered into a map.
    JavaPairRDD<String, Items.Placement> placed = placements(clustered, docs);
    jsc.setCallSite("extract");
    JavaRDD<Items.Output> outputs = docs.zipPartitions(placed, SparkJob::prepare)
        .map(new ExtractTask(spec))
        .persist(StorageLevel.MEMORY_AND_DISK());
    write(spark, outputs.map(Items.Output::articleJson), OutputSchemas.ARTICLES, output + "/articles");
    jsc.setCallSite("write");
    write(spark, outputs.flatMap(o -> o.events().iterator()), OutputSchemas.EVENTS, output + "/events");
    write(spark, outputs.map(Items.Output::clusterJson), OutputSchemas.CLUSTERS, output + "/clusters");

    long articles = outputs.count();
    long events = outputs.map(o -> (long) o.events().size()).fold(0L, Long::sum);
    long clusters = outputs.map(Items.Output::cluster).distinct().count();
    docs.unpersist(false);
    outputs.unpersist(false);
    clustered.release();
    return new Summary(listing.files().size(), listing.bytes(), articles, clusters, events, rejected,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Each clustered article's cluster, the date its undated copies take, and its shared paragraphs, in the partitions
   * of its article. The shared paragraphs, many where copies are many, move once.
   */
  private static JavaPairRDD<String, Items.Placement> placements(Syndication.Result clustered,
      JavaPairRDD<String, Items.Doc> docs) {
    Partitioner byId = docs.partitioner().get();
    JavaPairRDD<String, Items.Dated> clusterDates = clustered.clusters()
        .join(docs.filter(d -> d._2().published() != null).mapValues(Items.Doc::published))
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .reduceByKey(Items.Dated::earlier);
    JavaPairRDD<String, Tuple2<String, Optional<Items.Dated>>> dated = clustered.clusters()
        .mapToPair(Tuple2::swap)
        .leftOuterJoin(clusterDates)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
    return dated.cogroup(clustered.shared().mapToPair(s -> new Tuple2<>(s.id(), s)), byId)
        .flatMapValues(t -> {
          Iterator<Tuple2<String, Optional<Items.Dated>>> cluster = t._1().iterator();
          if (!cluster.hasNext()) {
            return List.<Items.Placement>of().iterator();
          }
          Tuple2<String, Optional<Items.Dated>> c = cluster.next();
          return List.of(new Items.Placement(c._1(), c._2().orNull(), Syndication.sorted(t._2()))).iterator();
        });
  }

  private static Iterator<Items.Prepared> prepare(Iterator<Tuple2<String, Items.Doc>> docs,
      Iterator<Tuple2<String, Items.Placement>> placements) {
    Map<String, Items.Placement> byId = new HashMap<>();
    placements.forEachRemaining(t -> byId.put(t._1(), t._2()));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Items.Prepared next() {
        Tuple2<String, Items.Doc> d = docs.next();
        return new Items.Prepared(d._2(), byId.get(d._1()));
      }
    };
  }

  private static String rejectionJson(Items.Rejected r) {
    return JsonForms.MAPPER.createObjectNode().put("source", r.source()).put("record", r.record())
        .put("reason", r.reason()).put("message", r.message()).toString();
  }

  /** Writes JSON lines as Parquet of {@code schema}; a line that does not fit the schema fails the job loudly. */
  private static void write(SparkSession spark, JavaRDD<String> json, StructType schema, String path) {
    spark.read().schema(schema).option("mode", "FAILFAST")
        .json(spark.createDataset(json.rdd(), Encoders.STRING()))
        .write().mode(SaveMode.ErrorIfExists).parquet(path);
  }

  private static void prepareOutput(Configuration hadoop, String output, boolean overwrite) throws IOException {
    Path out = new Path(output);
    FileSystem fs = out.getFileSystem(hadoop);
    if (fs.exists(out)) {
      if (!overwrite) {
        throw new IllegalArgumentException(output + ": the output directory exists (remove it, or use --overwrite)");
      }
      fs.delete(out, true);
    }
  }
}
