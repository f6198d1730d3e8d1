package org.trucewatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Texts for the tests that check a fast path against a full scan: the given edge cases, then the sample articles and
 * the hand-written wire articles of the extraction tests (read from the core module's directory, as surefire runs).
 */
public final class WrittenTexts {

  private WrittenTexts() {}

  /** The edge cases, followed by every {@code .txt} of the samples and of the written articles, in name order. */
  public static List<String> with(String... edges) {
    List<String> out = new ArrayList<>(List.of(edges));
    for (String dir : List.of("../data/samples", "src/test/resources/extract/written")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
