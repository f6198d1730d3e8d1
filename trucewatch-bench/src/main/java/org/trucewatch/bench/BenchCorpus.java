package org.trucewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.pipeline.Pipeline;

/**
 * The benchmark corpus: real pages read once into memory, decoded and cleaned, so that timings measure the stages and
 * not the disk. By default it is the article-extraction benchmark's HTML pages (news of every kind, from many sites),
 * the five sample articles (plain text, the conflict) and the hand-written wire-style articles of the extraction
 * tests. Reads files when built; holds no resources; immutable.
 *
 * @param documents every document read, in input order
 * @param articles the documents that cleaning kept, in input order
 * @param rejected how many inputs or documents were rejected (unreadable, or no article text)
 */
public record BenchCorpus(List<SourceDocument> documents, List<Article> articles, int rejected) {

  /** The default sources, relative to the project root. */
  public static final List<String> SOURCES = List.of("data/eval/article-extraction-benchmark/html", "data/samples",
      "trucewatch-core/src/test/resources/extract/written");

  public BenchCorpus {
    documents = List.copyOf(documents);
    articles = List.copyOf(articles);
  }

  /**
   * The default inputs under {@code root}: each source folder that exists (of the hand-written articles, only the
   * {@code .txt} files: the folder also holds their gold and a README).
   *
   * @throws IllegalArgumentException naming {@code root} when none of the sources is there
   */
  public static List<String> defaultInputs(Path root) {
    List<String> out = new ArrayList<>();
    for (String source : SOURCES) {
      Path dir = root.resolve(source);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      if (source.endsWith("written")) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(dir + ": cannot list", e);
        }
      } else {
        out.add(dir.toString());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no benchmark corpus under " + root.toAbsolutePath()
          + ": expected one of " + SOURCES + " (run from the project root, or name the inputs)");
    }
    return out;
  }

  /**
   * The project root at or above {@code from}: the first folder holding {@code data/samples}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static Path findRoot(Path from) {
    for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data/samples"))) {
        return p;
      }
    }
    throw new IllegalArgumentException("no TruceWatch project root (a folder with data/samples) at or above "
        + from.toAbsolutePath());
  }

  /** Reads and cleans {@code inputs} with the pipeline's ingestor and cleaner. */
  public static BenchCorpus read(Pipeline pipeline, List<String> inputs) {
    List<SourceDocument> docs = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    int[] rejected = {0};
    ArticleCleaner cleaner = pipeline.cleaner();
    pipeline.ingestor().read(inputs, r -> {
      if (r instanceof IngestResult.Read read) {
        docs.add(read.document());
        if (cleaner.clean(read.document()) instanceof ArticleCleaner.Cleaned c) {
          articles.add(c.article());
        } else {
          rejected[0]++;
        }
      } else {
        rejected[0]++;
      }
    }, w -> { });
    return new BenchCorpus(docs, articles, rejected[0]);
  }

  /** The documents of one content type. */
  public List<SourceDocument> documents(ContentType type) {
    return documents.stream().filter(d -> d.type() == type).toList();
  }

  /** Bytes of decoded input text, in UTF-8. */
  public long inputBytes() {
    return documents.stream().mapToLong(d -> utf8Length(d.content())).sum();
  }

  /** Bytes of clean body text, in UTF-8. */
  public long bodyBytes() {
    return articles.stream().mapToLong(a -> utf8Length(a.body())).sum();
  }

  /** The UTF-8 length of a text, without encoding it. */
  public static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
