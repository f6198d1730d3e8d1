package org.trucewatch.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch-spark run}: the job, from input directories to Parquet. */
@Command(mixinStandardHelpOptions = true, name = "run", description = "Read, clean, cluster and extract articles on Spark; write Parquet "
    + "(articles/, events/, clusters/, rejections/) under the output directory.")
final class RunCommand implements Callable<Integer> {

  @ParentCommand SparkMain main;
  @Spec CommandSpec spec;

  @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
      description = "Directories (read recursively) or files of JSON Lines, WARC, feeds, HTML or text, gzipped or "
          + "not; any Hadoop path (hdfs://, s3a://...).")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the Parquet goes.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[2]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the shuffles (default: Spark's default parallelism, one per core).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  boolean overwrite;

  @Option(names = "--timing", description = "Also print throughput (articles/s, MB/s of input).")
  boolean timing;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SparkJob job = new SparkJob(main.config(), main.clock(), partitions);
    SparkSession spark = SparkMain.session(master, "trucewatch-spark run");
    try {
      SparkJob.Summary s = job.run(spark, inputs, output, overwrite);
      out.printf("%d file(s), %d article(s) in %d cluster(s), %d event(s), %d rejection(s) -> %s (%.1f s)%n",
          s.files(), s.articles(), s.clusters(), s.events(), s.rejections(), output, s.seconds());
      if (timing) {
        out.printf("throughput: %.1f articles/s, %.2f MB/s of input (%d bytes), master %s%n",
            s.articlesPerSecond(), s.megabytesPerSecond(), s.bytes(), spark.sparkContext().master());
      }
      out.flush();
      return s.articles() == 0 ? SparkMain.NOTHING_READ : SparkMain.OK;
    } finally {
      spark.stop();
    }
  }
}
