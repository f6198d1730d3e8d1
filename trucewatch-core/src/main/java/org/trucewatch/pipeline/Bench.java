package org.trucewatch.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.SourceDocument;

/**
 * The end-to-end benchmark behind {@code trucewatch bench}: reads a corpus once into memory, then times each stage on
 * one thread over several rounds after warm-up rounds (CPU time of the thread, so a busy machine inflates wall time
 * only), and reports documents, bytes, sentences and events per second of each stage, and the peak memory.
 */
public final class Bench {

  /** One stage's totals over the timed rounds. */
  public record StageResult(String stage, int docs, long bytes, long sentences, long events, double cpuSeconds,
      double wallSeconds, int rounds) {

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

  /** All stages and the memory peak. */
  public record Report(List<StageResult> stages, long inputBytes, long peakHeapBytes, long peakRssBytes) {}

  private final Pipeline pipeline;

  public Bench(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Report run(List<String> inputs, int warmup, int rounds, Consumer<String> progress) {
    List<SourceDocument> docs = new ArrayList<>();
    pipeline.ingestor().read(inputs, r -> {
      if (r instanceof IngestResult.Read read) {
        docs.add(read.document());
      }
    }, w -> { });
    long inputBytes = docs.stream().mapToLong(d -> d.content().length()).sum();
    progress.accept(String.format("corpus: %d documents, %.1f MB of decoded text", docs.size(), inputBytes / 1e6));
    ArticleCleaner cleaner = pipeline.cleaner();
    EventExtractor extractor = pipeline.extractor();
    AnchorEstimator anchors = pipeline.anchors();

    List<Article> articles = new ArrayList<>();
    StageResult clean = time("clean", warmup, rounds, progress, () -> {
      articles.clear();
      long sum = 0;
      for (SourceDocument d : docs) {
        if (cleaner.clean(d) instanceof ArticleCleaner.Cleaned c) {
          articles.add(c.article());
          sum += d.content().length();
        }
      }
      return new long[] {docs.size(), inputBytes, 0, 0};
    });
    long bodyBytes = articles.stream().mapToLong(a -> a.body().length()).sum();
    StageResult extract = time("extract", warmup, rounds, progress, () -> {
      long sentences = 0;
      long events = 0;
      for (Article a : articles) {
        var anchor = anchors.anchor(a);
        Extraction x = extractor.extract(a, anchor.map(AnchorEstimator.Anchor::date).orElse(null),
            anchor.map(AnchorEstimator.Anchor::basis).orElse(null));
        sentences += x.sentences().size();
        events += x.events().size();
      }
      return new long[] {articles.size(), bodyBytes, sentences, events};
    });
    StageResult cluster = time("cluster", warmup, rounds, progress, () -> {
      new CleanRun(pipeline).cluster(articles);
      return new long[] {articles.size(), bodyBytes, 0, 0};
    });
    long endToEndCpu = 0;
    StageResult total = new StageResult("end to end", docs.size(), inputBytes, extract.sentences(), extract.events(),
        clean.cpuSeconds() + extract.cpuSeconds() + cluster.cpuSeconds(),
        clean.wallSeconds() + extract.wallSeconds() + cluster.wallSeconds(), rounds);
    return new Report(List.of(clean, cluster, extract, total), inputBytes,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() > 0 ? peakHeap() : 0, peakRss());
  }

  private interface Work {
    long[] run();
  }

  private static StageResult time(String stage, int warmup, int rounds, Consumer<String> progress, Work work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long[] counts = null;
    for (int i = 0; i < rounds; i++) {
      counts = work.run();
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    progress.accept(String.format("%s: %d rounds in %.1f s of CPU", stage, rounds, cpu));
    return new StageResult(stage, (int) counts[0], counts[1], counts[2], counts[3], cpu, wall, rounds);
  }

  private static long peakHeap() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
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
