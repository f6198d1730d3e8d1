package org.trucewatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.extract.EventExtractor;
import org.trucewatch.extract.Extraction;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.pipeline.AnchorEstimator;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * The end-to-end benchmark behind {@code trucewatch bench}: reads a corpus once into memory, then times each stage on
 * one thread over several rounds after warm-up rounds (CPU time of the thread, so that a busy machine inflates wall
 * time only), and reports articles, bytes, sentences and events per second of each stage and of the three together,
 * with each stage's peak memory. Reads the inputs; writes nothing; holds no resources. Not thread-safe.
 */
public final class Bench {

  /**
   * One stage's totals over the timed rounds.
   *
   * @param docs articles (or documents, for cleaning) a round reads
   * @param bytes UTF-8 bytes a round reads: decoded input for cleaning and end to end, clean body text otherwise
   * @param peakHeapBytes the heap's peak during the timed rounds (after a collection before them), or -1
   * @param peakRssBytes the process's peak resident set during the timed rounds (what earlier stages left resident
   *     included), or -1 where Linux cannot restart the high-water mark
   */
  public record StageResult(String stage, int docs, long bytes, long sentences, long events, double cpuSeconds,
      double wallSeconds, int rounds, long peakHeapBytes, long peakRssBytes) {

    public double docsPerSecond() {
      return docs * (double) rounds / cpuSeconds;
    }

    public double mbPerSecond() {
      return bytes * (double) rounds / 1e6 / cpuSeconds;
    }

    public double sentencesPerSecond() {
      return sentences * (double) rounds / cpuSeconds;
    }
  }

  /** All stages, the last one end to end. */
  public record Report(List<StageResult> stages, int documents, int articles, long inputBytes) {

    /** The row of one stage. */
    public StageResult stage(String name) {
      return stages.stream().filter(s -> s.stage().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
    }
  }

  private final Pipeline pipeline;

  public Bench(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Reads {@code inputs} and times the stages on them. */
  public Report run(List<String> inputs, int warmup, int rounds, Consumer<String> progress) {
    return run(BenchCorpus.read(pipeline, inputs), warmup, rounds, progress);
  }

  /** Times the stages on a corpus already read. */
  public Report run(BenchCorpus corpus, int warmup, int rounds, Consumer<String> progress) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warm-up rounds not negative, were " + rounds
          + " and " + warmup);
    }
    List<SourceDocument> docs = corpus.documents();
    long inputBytes = corpus.inputBytes();
    progress.accept(String.format("corpus: %d documents, %.1f MB of decoded text; %d articles after cleaning",
        docs.size(), inputBytes / 1e6, corpus.articles().size()));
    ArticleCleaner cleaner = pipeline.cleaner();
    EventExtractor extractor = pipeline.extractor();
    AnchorEstimator anchors = pipeline.anchors();

    StageResult clean = time("clean", warmup, rounds, progress, () -> {
      for (SourceDocument d : docs) {
        cleaner.clean(d);
      }
      return new long[] {docs.size(), inputBytes, 0, 0};
    });
    List<Article> articles = corpus.articles();
    long bodyBytes = corpus.bodyBytes();
    List<CleanRun.ClusteredArticle> clustered = new ArrayList<>();
    StageResult cluster = time("cluster", warmup, rounds, progress, () -> {
      clustered.clear();
      clustered.addAll(new CleanRun(pipeline).cluster(articles));
      return new long[] {articles.size(), bodyBytes, 0, 0};
    });
    StageResult extract = time("extract", warmup, rounds, progress, () -> {
      long sentences = 0;
      long events = 0;
      for (CleanRun.ClusteredArticle ca : clustered) {
        var anchor = anchors.anchor(ca.article());
        Extraction x = extractor.extract(ca.article(), anchor.map(AnchorEstimator.Anchor::date).orElse(null),
            anchor.map(AnchorEstimator.Anchor::basis).orElse(null));
        sentences += x.sentences().size();
        events += x.events().size();
      }
      return new long[] {articles.size(), bodyBytes, sentences, events};
    });
    StageResult total = new StageResult("end to end", docs.size(), inputBytes, extract.sentences(), extract.events(),
        clean.cpuSeconds() + cluster.cpuSeconds() + extract.cpuSeconds(),
        clean.wallSeconds() + cluster.wallSeconds() + extract.wallSeconds(), rounds,
        Math.max(clean.peakHeapBytes(), Math.max(cluster.peakHeapBytes(), extract.peakHeapBytes())),
        Math.max(clean.peakRssBytes(), Math.max(cluster.peakRssBytes(), extract.peakRssBytes())));
    return new Report(List.of(clean, cluster, extract, total), docs.size(), articles.size(), inputBytes);
  }

  /** One round of a stage: {docs, bytes, sentences, events}. */
  private interface Work {
    long[] run();
  }

  private static StageResult time(String stage, int warmup, int rounds, Consumer<String> progress, Work work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    // The peaks are of this stage alone: collect what earlier stages left, then restart the high-water marks.
    System.gc();
    resetHeapPeaks();
    boolean rssReset = resetRssPeak();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long[] counts = null;
    for (int i = 0; i < rounds; i++) {
      counts = work.run();
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    progress.accept(String.format("%s: %d rounds in %.1f s of CPU", stage, rounds, cpu));
    return new StageResult(stage, (int) counts[0], counts[1], counts[2], counts[3], cpu, wall, rounds, peakHeap(),
        rssReset ? peakRss() : -1);
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different moments). */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Restarts the process's resident-set high-water mark (Linux 4.0 and later); false where that is not possible. */
  private static boolean resetRssPeak() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The process's peak resident set (Linux), or -1 where /proc is not there. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
