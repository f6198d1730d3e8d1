package org.trucewatch.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.config.TrucewatchConfig;

/**
 * Measures ingestion throughput over the inputs named on the command line (not a test: run it by hand). Reads them
 * {@code --rounds} times (default 5) and prints, per round, documents, rejections by reason, decoded characters, and
 * documents and megabytes of decoded text a second; the first rounds warm the JIT.
 *
 * <pre>
 * java -cp "trucewatch-core/target/test-classes:trucewatch-core/target/classes:trucewatch-core/target/lib/*" \
 *     org.trucewatch.ingest.IngestBenchmark [--rounds N] [--verbose] INPUT...
 * </pre>
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) {
    int rounds = 5;
    boolean verbose = false;
    List<String> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--verbose" -> verbose = true;
        default -> inputs.add(args[i]);
      }
    }
    Ingestor ingestor = new Ingestor(TrucewatchConfig.defaults().ingest());
    for (int round = 1; round <= rounds; round++) {
      long[] docs = {0};
      long[] chars = {0};
      Map<String, Integer> rejected = new TreeMap<>();
      int[] warnings = {0};
      boolean print = verbose && round == 1;
      long start = System.nanoTime();
      ingestor.read(inputs, r -> {
        if (r instanceof IngestResult.Read read) {
          docs[0]++;
          chars[0] += read.document().content().length();
        } else if (r instanceof IngestResult.Rejected rej) {
          rejected.merge(rej.rejection().reason().name(), 1, Integer::sum);
          if (print) {
            System.out.println(rej.rejection().oneLine());
          }
        }
      }, w -> {
        warnings[0]++;
        if (print) {
          System.out.println(w.oneLine());
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %d documents, rejected %s, %d warnings, %.1f MB text, %.3f s, %.0f docs/s, %.1f MB/s%n",
          round, docs[0], rejected, warnings[0], chars[0] / 1e6, seconds, docs[0] / seconds, chars[0] / 1e6 / seconds);
    }
  }
}
