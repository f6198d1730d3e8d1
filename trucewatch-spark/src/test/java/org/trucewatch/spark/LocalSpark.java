package org.trucewatch.spark;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.spark.sql.SparkSession;
import org.trucewatch.config.TrucewatchConfig;

/**
 * The one {@code local[2]} session the tests share (a JVM holds one Spark context; starting one takes seconds), stopped
 * when the JVM exits, and the fixed clock and default configuration every test runs under.
 */
final class LocalSpark {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final TrucewatchConfig CONFIG = TrucewatchConfig.defaults();
  /** Few partitions: the tests' inputs are a handful of articles, and each partition is a task to schedule. */
  static final int PARTITIONS = 2;

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("trucewatch-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  private static java.nio.file.Path samplesRun;

  /** The job's output for the sample articles as plain files, run once for every test that reads it. */
  static synchronized java.nio.file.Path samplesRun() throws java.io.IOException {
    if (samplesRun == null) {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("trucewatch-spark-test");
      java.nio.file.Path out = dir.resolve("samples");
      job().run(session(), java.util.List.of(SparkJobTest.SAMPLES.toString()), out.toString(), false);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      samplesRun = out;
    }
    return samplesRun;
  }

  private static void delete(java.nio.file.Path dir) {
    try (var walk = java.nio.file.Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary folder left behind is no failure
    }
  }

  static SparkJob job() {
    return new SparkJob(CONFIG, CLOCK, PARTITIONS);
  }

  /** The pipeline the job's tasks use in this JVM, so the single-JVM runs the tests compare with load no models. */
  static org.trucewatch.pipeline.Pipeline pipeline() {
    return Pipelines.get(Pipelines.Spec.of(CONFIG, CLOCK));
  }
}
