package org.trucewatch.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.bench.Bench;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.bench.ScaleBench;
import org.trucewatch.bench.Variator;
import org.trucewatch.cli.Main;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch bench}: throughput and memory of each stage on a corpus, one thread; the scaling curve. */
@Command(mixinStandardHelpOptions = true, name = "bench", description = {
    "Time each stage (clean, cluster, extract) and the three together on a corpus, on one thread, with each stage's "
        + "peak memory.",
    "With --scale, also the cost per article of clustering and of incident resolution with storage on corpora of "
        + "those sizes, made by varying the real articles."})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "The corpus (default: the article-extraction "
      + "benchmark pages, the samples and the hand-written articles, found from the project root).")
  List<String> inputs;

  @Option(names = "--rounds", defaultValue = "3",
      description = "Timed rounds (default ${DEFAULT-VALUE}); 0 skips the stage timings.")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed warm-up rounds (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--ingest", paramLabel = "DB",
      description = "Also time 'ingest' of the corpus into this new, empty database (a SQLite file or a "
          + "jdbc:postgresql:// URL); repeat the option to compare databases in one run.")
  List<String> ingestInto;

  @Option(names = "--scale", paramLabel = "N,N...", split = ",",
      description = "Corpus sizes for the scaling curve (e.g. 1000,10000,100000).")
  List<Integer> scale;

  @Option(names = "--store-max", paramLabel = "N", defaultValue = "100000",
      description = "Largest size at which --scale also times incident resolution with storage "
          + "(default ${DEFAULT-VALUE}).")
  int storeMax;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
      description = "Articles per unit of work when --scale stores (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--copies", paramLabel = "SHARE", defaultValue = "0.2",
      description = "Share of exact copies in a scaled corpus (default ${DEFAULT-VALUE}).")
  double copies;

  @Option(names = "--shift-days", paramLabel = "DAYS", defaultValue = "365",
      description = "Largest shift of a variant's dates, either way (default ${DEFAULT-VALUE}).")
  int shiftDays;

  @Option(names = "--seed", defaultValue = "20201010", description = "Seed of the variation (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--db-dir", paramLabel = "DIR",
      description = "Folder for the scaling databases (default: a temporary folder, deleted afterwards).")
  Path dbDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rounds < 0 || warmup < 0 || batch < 1 || copies < 0 || copies >= 1 || shiftDays < 0
        || scale != null && scale.stream().anyMatch(n -> n == null || n < 1)) {
      err.println("trucewatch bench: --rounds and --warmup must not be negative, --batch must be positive, "
          + "--copies must be in [0, 1), --shift-days not negative, and --scale sizes positive");
      return Main.USAGE;
    }
    List<String> corpusInputs;
    try {
      corpusInputs = inputs == null || inputs.isEmpty()
          ? BenchCorpus.defaultInputs(BenchCorpus.findRoot(Path.of(""))) : inputs;
    } catch (IllegalArgumentException e) {
      err.println("trucewatch bench: " + e.getMessage());
      return Main.NOTHING_READ;
    }
    BenchCorpus corpus = BenchCorpus.read(main.pipeline(), corpusInputs);
    if (corpus.articles().isEmpty()) {
      err.println("trucewatch bench: no article could be read from " + corpusInputs);
      return Main.NOTHING_READ;
    }
    if (rounds > 0) {
      printStages(out, new Bench(main.pipeline()).run(corpus, warmup, rounds, s -> err.println("bench: " + s)));
    }
    if (ingestInto != null) {
      ingest(out, err, corpusInputs);
    }
    if (scale != null && !scale.isEmpty()) {
      scale(out, err, corpus);
    }
    out.flush();
    return Main.OK;
  }

  private static void printStages(PrintWriter out, Bench.Report r) {
    out.printf("%-11s %6s %9s %8s %9s %11s %7s %9s %9s%n", "stage", "docs", "docs/s", "MB/s", "sent/s",
        "CPU s/round", "events", "heap MB", "RSS MB");
    for (Bench.StageResult s : r.stages()) {
      out.printf("%-11s %6d %9.1f %8.2f %9.0f %11.3f %7d %9.0f %9s%n", s.stage(), s.docs(), s.docsPerSecond(),
          s.mbPerSecond(), s.sentencesPerSecond(), s.cpuSeconds() / s.rounds(), s.events(), s.peakHeapBytes() / 1e6,
          s.peakRssBytes() < 0 ? "-" : String.format("%.0f", s.peakRssBytes() / 1e6));
    }
    out.printf("%d documents, %.1f MB of decoded input; %d articles after cleaning.%n", r.documents(),
        r.inputBytes() / 1e6, r.articles());
    out.println("Rates are per CPU-second of one thread. MB/s is of decoded input (UTF-8) for clean and end to end,"
        + " of clean body text for cluster and extract; sent/s counts the sentences extraction reads. Peak heap and "
        + "resident set are those of each stage's timed rounds (resident: with what earlier stages left).");
  }

  private void ingest(PrintWriter out, PrintWriter err, List<String> corpusInputs) {
    for (String location : ingestInto) {
      try (Store store = JdbcStore.open(location)) {
        if (store.stats().articles() > 0) {
          err.println("bench: " + location + " is not empty; skipped");
          continue;
        }
        long t0 = System.nanoTime();
        IngestRun.Counts c = new IngestRun(main.pipeline(), store, Clock.systemUTC())
            .run(corpusInputs, p -> { }, p -> { });
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("ingest into %s: %d articles, %d events in %.1f s wall: %.1f articles/s, %.1f events/s "
            + "(read, clean, cluster, extract, incidents, one transaction an article)%n", store.location(),
            c.stored(), store.stats().events(), secs, c.stored() / secs, store.stats().events() / secs);
      }
    }
  }

  private void scale(PrintWriter out, PrintWriter err, BenchCorpus corpus) {
    Variator variator = new Variator(corpus.articles(), seed, copies, shiftDays);
    ScaleBench bench = ScaleBench.prepare(main.pipeline(), corpus, variator, s -> err.println("bench: " + s));
    out.printf("%nScaling: corpora of %s articles made from %d real articles (seed %d). A variant is an exact copy "
        + "of an earlier one with probability %.2f; otherwise a real article, round robin, with every content word "
        + "replaced by a word of the corpus's vocabulary (%d words) of the same ending, except capitalised words, "
        + "function words and the words of the extraction lexicon and actor dictionary.%n", scale,
        corpus.articles().size(), seed, copies, variator.vocabularySize());
    out.println("Clustering: SyndicationIndex.add over the whole corpus (cost per article, CPU of one thread).");
    out.printf("%9s %8s %9s %9s %13s %14s %9s%n", "articles", "copies", "clusters", "expected", "us CPU/article",
        "us wall/article", "heap MB");
    for (int n : scale) {
      ScaleBench.ClusterPoint p = bench.cluster(n);
      out.printf("%9d %8d %9d %9d %13.1f %14.1f %9.0f%n", p.articles(), p.exactCopies(), p.clusters(),
          p.expectedClusters(), p.cpuMicrosPerArticle(), p.wallMicrosPerArticle(), p.heapBytes() / 1e6);
      out.flush();
    }
    out.printf("Incidents with storage: each variant stored with its original's events (not extracted again), "
        + "dates shifted by up to %d days either way and each place moved to one of %d places of the corpus's "
        + "conflict, in the cluster of its source; IncidentResolver.add into a new SQLite file, %d articles per unit "
        + "of work.%n", shiftDays, bench.places().size(), batch);
    out.printf("%9s %8s %9s %9s %8s %13s %14s %8s%n", "articles", "events", "mentions", "incidents", "largest",
        "us CPU/article", "us wall/article", "db MB");
    Path dir = null;
    try {
      dir = dbDir != null ? Files.createDirectories(dbDir) : Files.createTempDirectory("trucewatch-bench");
      for (int n : scale) {
        if (n > storeMax) {
          out.printf("%9d  (not stored: above --store-max %d)%n", n, storeMax);
          continue;
        }
        ScaleBench.StorePoint p = bench.store(n, dir.resolve("scale-" + n + ".db"), batch);
        out.printf("%9d %8d %9d %9d %8d %13.1f %14.1f %8.0f%n", p.articles(), p.events(), p.attackMentions(),
            p.incidents(), p.largestIncident(), p.cpuMicrosPerArticle(), p.wallMicrosPerArticle(),
            p.databaseBytes() / 1e6);
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder for the scaling databases: " + e.getMessage(), e);
    } finally {
      if (dbDir == null && dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing a finished benchmark for
    }
  }
}
