package org.trucewatch.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.trucewatch.extract.Event;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.report.ArticleJson;
import org.trucewatch.report.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch-spark bench}: the job's throughput against the single-JVM run ({@code CleanRun} and
 * {@code ExtractRun} on one thread, writing the same JSON forms as JSON Lines) on one corpus, in one process. Both are
 * warmed up on the sample articles first (models loaded, code compiled), so the figures compare steady work; the
 * Spark session's start is timed apart. Writes its corpus and outputs under {@code --work}.
 */
@Command(mixinStandardHelpOptions = true, name = "bench", description = "Time the Spark job against the single-JVM run on a corpus of repeated "
    + "benchmark pages and sample articles.")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand SparkMain main;
  @Spec CommandSpec spec;

  @Option(names = "--html", paramLabel = "DIR", defaultValue = "data/eval/article-extraction-benchmark/html",
      description = "Pages (*.html.gz) to repeat (default: ${DEFAULT-VALUE}).")
  Path html;

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "data/samples",
      description = "Plain-text articles (*.txt) to repeat (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "16",
      description = "Repetitions of the pages (default: ${DEFAULT-VALUE}, 2,976 articles).")
  int repeat;

  @Option(names = "--work", paramLabel = "DIR", required = true,
      description = "Directory for the corpus and both outputs (created; its bench-* contents replaced).")
  Path work;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the job's shuffles (default: Spark's default parallelism, one per core).")
  int partitions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    Path corpus = work.resolve("bench-corpus");
    deleteTree(corpus);
    List<Path> files = BenchCorpus.write(html, samples, repeat, corpus);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    out.printf("corpus: %d files, %.1f MB in %s%n", files.size(), bytes / 1e6, corpus);

    Pipeline pipeline = new Pipeline(main.config(), main.clock());
    singleJvm(pipeline, samples.toString(), work.resolve("bench-warmup.jsonl"));
    long t0 = System.nanoTime();
    double cpu0 = cpuSeconds();
    int[] counts = singleJvm(pipeline, corpus.toString(), work.resolve("bench-single"));
    double single = (System.nanoTime() - t0) / 1e9;
    report(out, "single JVM (CleanRun + ExtractRun, 1 thread)", counts[0], counts[1], bytes, single,
        cpuSeconds() - cpu0);

    long s0 = System.nanoTime();
    SparkSession spark = SparkMain.session(master, "trucewatch-spark bench");
    double start = (System.nanoTime() - s0) / 1e9;
    try {
      StageCpu stages = new StageCpu();
      spark.sparkContext().addSparkListener(stages);
      SparkJob job = new SparkJob(main.config(), main.clock(), partitions);
      job.run(spark, List.of(samples.toString()), work.resolve("bench-warmup-spark").toString(), true);
      stages.reset();
      double cpu1 = cpuSeconds();
      SparkJob.Summary s = job.run(spark, List.of(corpus.toString()), work.resolve("bench-spark").toString(), true);
      report(out, "Spark " + master + " (session start " + String.format("%.1f", start) + " s apart)",
          s.articles(), s.events(), s.bytes(), s.seconds(), cpuSeconds() - cpu1);
      out.printf("ratio Spark / single JVM: %.2fx%n", single / s.seconds());
      out.println("Spark stages by wall time (where the job's time goes):");
      stages.top(12).forEach(line -> out.println("  " + line));
      if (s.articles() != counts[0] || s.events() != counts[1]) {
        out.printf("warning: the two runs disagree: %d/%d articles, %d/%d events%n", s.articles(), counts[0],
            s.events(), counts[1]);
      }
    } finally {
      spark.stop();
    }
    out.flush();
    return SparkMain.OK;
  }

  private static void report(PrintWriter out, String what, long articles, long events, long bytes, double secs,
      double cpu) {
    out.printf("%-52s %5d articles %5d events %6.1f s %6.1f articles/s %6.2f MB/s (%.0f s of CPU, load %.1f)%n",
        what, articles, events, secs, articles / secs, bytes / 1e6 / secs, cpu,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Wall seconds (submission to completion) and task-thread CPU seconds summed by the code line that made each stage.
   * Reading and cleaning run on the tasks' reader threads, which Spark's CPU metric does not see.
   */
  private static final class StageCpu extends org.apache.spark.scheduler.SparkListener {
    private final java.util.Map<String, double[]> seconds = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
      var info = done.stageInfo();
      double wall = info.submissionTime().isDefined() && info.completionTime().isDefined()
          ? ((Long) info.completionTime().get() - (Long) info.submissionTime().get()) / 1e3 : 0;
      seconds.merge(info.name(), new double[] {wall, info.taskMetrics().executorCpuTime() / 1e9},
          (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
    }

    void reset() {
      seconds.clear();
    }

    List<String> top(int n) {
      return seconds.entrySet().stream()
          .sorted(java.util.Comparator.comparingDouble(e -> -e.getValue()[0]))
          .limit(n).map(e -> String.format("%6.1f s wall %6.1f s CPU  %s", e.getValue()[0], e.getValue()[1],
              e.getKey())).toList();
    }
  }

  // The machine may be shared: CPU seconds show the work done, whatever else ran beside it.
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /** The single-JVM run, writing the JSON forms as {@code clean --json} and {@code extract --json} do. */
  private static int[] singleJvm(Pipeline pipeline, String input, Path outDir) throws IOException {
    ExtractRun.Result r = new ExtractRun(pipeline).run(List.of(input), x -> { }, x -> { });
    ObjectMapper mapper = JsonForms.MAPPER;
    int events = 0;
    Files.createDirectories(outDir);
    try (BufferedWriter a = Files.newBufferedWriter(outDir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter e = Files.newBufferedWriter(outDir.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      for (ExtractRun.ArticleEvents ae : r.articles()) {
        a.write(ArticleJson.toJson(mapper, ae.article()).toString());
        a.newLine();
        for (Event ev : ae.extraction().events()) {
          e.write(EventJson.toJson(mapper, ev).toString());
          e.newLine();
          events++;
        }
      }
    }
    return new int[] {r.articles().size(), events};
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
