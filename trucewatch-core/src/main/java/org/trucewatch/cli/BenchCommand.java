package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.trucewatch.pipeline.Bench;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch bench}: throughput and memory of each stage on a corpus, one thread. */
@Command(name = "bench", description = "Time each stage (clean, cluster, extract) on a corpus, on one thread.")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "The corpus (default: the article-extraction benchmark pages and the samples).")
  List<String> inputs;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed warm-up rounds (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--ingest", paramLabel = "DB",
      description = "Also time 'ingest' of the corpus into this new, empty database (a SQLite file or a "
          + "jdbc:postgresql:// URL); repeat the option to compare databases in one run.")
  List<String> ingestInto;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> corpus = inputs == null || inputs.isEmpty()
        ? List.of("data/eval/article-extraction-benchmark/html", "data/samples") : inputs;
    Bench.Report r = new Bench(main.pipeline()).run(corpus, warmup, rounds, s -> err.println("bench: " + s));
    out.printf("%-11s %8s %9s %10s %8s %13s %10s%n", "stage", "docs", "docs/s", "MB/s", "sent/s", "CPU s/round",
        "events");
    for (Bench.StageResult s : r.stages()) {
      out.printf("%-11s %8d %9.1f %10.2f %8.0f %13.3f %10d%n", s.stage(), s.docs(), s.docsPerSecond(),
          s.mbPerSecond(), s.sentencesPerSecond(), s.cpuSeconds() / s.rounds(), s.events());
    }
    out.printf("input %.1f MB; peak heap %.0f MB; peak resident %.0f MB%n", r.inputBytes() / 1e6,
        r.peakHeapBytes() / 1e6, r.peakRssBytes() / 1e6);
    out.println("MB/s is of decoded input text for clean and end to end, of clean body text for cluster and extract;"
        + " rates are per CPU-second of one thread.");
    if (ingestInto != null) {
      for (String location : ingestInto) {
        try (Store store = JdbcStore.open(location)) {
          if (store.stats().articles() > 0) {
            err.println("bench: " + location + " is not empty; skipped");
            continue;
          }
          long t0 = System.nanoTime();
          IngestRun.Counts c = new IngestRun(main.pipeline(), store, Clock.systemUTC())
              .run(corpus, p -> { }, p -> { });
          double secs = (System.nanoTime() - t0) / 1e9;
          out.printf("ingest into %s: %d articles, %d events in %.1f s wall: %.1f articles/s, %.1f events/s "
              + "(read, clean, cluster, extract, incidents, one transaction an article)%n", store.location(),
              c.stored(), store.stats().events(), secs, c.stored() / secs, store.stats().events() / secs);
        }
      }
    }
    out.flush();
    return Main.OK;
  }
}
