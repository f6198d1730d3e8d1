package org.trucewatch.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's corpus: the pages of the article-extraction benchmark ({@code *.html.gz}) and the sample articles
 * ({@code *.txt}), repeated {@code n} times as JSON Lines, one file per repetition, each article's id prefixed with its
 * repetition so that no two share one (the copies still cluster as syndicated copies, which is work the job must do).
 * Reads the two folders, writes the files under the caller's directory. Stateless.
 */
final class BenchCorpus {

  private BenchCorpus() {}

  /** Writes the corpus and returns its files. */
  static List<Path> write(Path htmlDir, Path textDir, int repeat, Path into) throws IOException {
    List<String[]> pages = new ArrayList<>(); // {name, "html" or "text", content}
    for (Path p : sorted(htmlDir, ".html.gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
        pages.add(new String[] {name(p, ".html.gz"), "html", new String(in.readAllBytes(), StandardCharsets.UTF_8)});
      }
    }
    for (Path p : sorted(textDir, ".txt")) {
      pages.add(new String[] {name(p, ".txt"), "text", Files.readString(p)});
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(htmlDir + ", " + textDir + ": no .html.gz or .txt pages to build a corpus");
    }
    Files.createDirectories(into);
    List<Path> files = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      Path file = into.resolve(String.format("corpus-%03d.jsonl", r));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (String[] page : pages) {
          ObjectNode o = JsonForms.MAPPER.createObjectNode();
          o.put("id", "r" + r + "-" + page[0]);
          o.put(page[1], page[2]);
          w.write(o.toString());
          w.newLine();
        }
      }
      files.add(file);
    }
    return files;
  }

  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a directory");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String name(Path p, String suffix) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - suffix.length());
  }
}
