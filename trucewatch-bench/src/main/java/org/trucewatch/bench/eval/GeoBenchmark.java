package org.trucewatch.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.geo.PlaceMention;
import org.trucewatch.resolve.geo.PlaceResolver;

/**
 * Measures the gazetteer: load time, heap it holds, and matching throughput over the text files given (files, or
 * directories searched for {@code *.txt}). Speed is measured here, never in unit tests.
 *
 * <pre>
 * java -cp trucewatch-bench/target/benchmarks.jar \
 *     org.trucewatch.bench.eval.GeoBenchmark ../shared/seeds
 * </pre>
 */
public final class GeoBenchmark {

  private static final long MIN_BYTES = 20_000_000; // each timed run reads the corpus over and over up to this
  private static final int WARM_UP_ROUNDS = 3;

  private GeoBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: GeoBenchmark FILE_OR_DIR...   (plain-text articles, e.g. ../shared/seeds)");
      System.exit(2);
    }
    List<String> texts = read(args);
    if (texts.isEmpty()) {
      System.err.println("no text files found in " + String.join(" ", args));
      System.exit(2);
    }
    Runtime rt = Runtime.getRuntime();
    long heapBefore = usedHeap(rt);
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load();
    long loadNanos = System.nanoTime() - t0;
    long heapAfter = usedHeap(rt);
    System.out.printf("load: %.0f ms (cold JVM), %d places, %d names, heap held %.1f MB%n", loadNanos / 1e6, g.size(),
        g.nameCount(), (heapAfter - heapBefore) / 1e6);

    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    PlaceResolver resolver = new PlaceResolver(g);
    int mentions = 0;
    for (String t : texts) {
      mentions += g.find(t).size();
    }
    System.out.printf("corpus: %d texts, %.2f MB, %d mentions%n", texts.size(), bytes / 1e6, mentions);
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      run(g, resolver, texts, bytes, false);
      run(g, resolver, texts, bytes, true);
    }
    System.out.printf("find:           %.1f MB/s%n", run(g, resolver, texts, bytes, false));
    System.out.printf("find + resolve: %.1f MB/s%n", run(g, resolver, texts, bytes, true));
  }

  /** MB/s of UTF-8 text over at least {@link #MIN_BYTES}. */
  private static double run(Gazetteer g, PlaceResolver resolver, List<String> texts, long bytes, boolean resolve) {
    long done = 0;
    long sink = 0;
    long t0 = System.nanoTime();
    while (done < MIN_BYTES) {
      for (String t : texts) {
        List<PlaceMention> ms = g.find(t);
        sink += resolve ? resolver.resolve(t, ms).size() : ms.size();
      }
      done += bytes;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (sink < 0) {
      throw new AssertionError(); // keeps the work from being optimised away
    }
    return done / 1e6 / seconds;
  }

  private static long usedHeap(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<String> read(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      } else if (Files.isRegularFile(p)) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      } else {
        System.err.println("skipped, not a file or directory: " + p);
      }
    }
    return texts;
  }
}
