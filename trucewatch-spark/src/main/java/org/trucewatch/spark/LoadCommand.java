package org.trucewatch.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch-spark load}: a run's Parquet output into the TruceWatch database. */
@Command(mixinStandardHelpOptions = true, name = "load", description = "Store a Spark run's articles, clusters, events and rejections in the database, "
    + "updating incidents and the ceasefire register as 'trucewatch ingest' does. Safe to re-run.")
final class LoadCommand implements Callable<Integer> {

  @ParentCommand SparkMain main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "The --output directory of a run.")
  String runOutput;

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
      description = "SQLite file (default: store.location of the configuration, trucewatch.db) or a "
          + "jdbc:postgresql://host/db URL.")
  String db;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master that reads the Parquet "
      + "(default: the one spark-submit gives, else local[2]).")
  String master;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = new Pipeline(main.config(), main.clock());
    SparkSession spark = SparkMain.session(master, "trucewatch-spark load");
    try {
      SparkLoad.checkRunOutput(spark, runOutput);
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
    try (Store store = JdbcStore.open(db != null ? db : main.config().store().location())) {
      SparkLoad.Counts c = new SparkLoad(pipeline, store).load(spark, runOutput);
      var stats = store.stats();
      out.printf("%d article(s): %d stored, %d updated, %d unchanged; %d event(s), %d rejection(s). %s now holds "
              + "%d articles in %d clusters, %d events, %d incidents.%n", c.articles(), c.stored(), c.updated(),
          c.unchanged(), c.events(), c.rejections(), store.location(), stats.articles(), stats.clusters(),
          stats.events(), stats.incidents());
      out.flush();
      return c.articles() == 0 ? SparkMain.NOTHING_READ : SparkMain.OK;
    } finally {
      spark.stop();
    }
  }
}
