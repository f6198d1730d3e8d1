package org.trucewatch.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.html.HtmlPageExtractor;

/**
 * Runs {@link HtmlPageExtractor} on the article-extraction benchmark (scrapinghub/article-extraction-benchmark: a folder
 * with {@code ground-truth.json} and {@code html/ID.html.gz}) and scores it with {@link BodyF1}.
 *
 * <pre>
 * ExtractionBenchmark BENCHMARK_DIR [--output predictions.json] [--worst N] [--page ID]
 * </pre>
 *
 * <p>Prints F1, precision, recall and accuracy; with {@code --worst N} the N lowest-scoring pages; with {@code --page ID}
 * every block of one page, kept or dropped, with the share of its shingles that are in the true body. The predictions
 * file (id to {@code {"articleBody": text}}) is what the benchmark's own {@code evaluate.py} reads from
 * {@code output/}. Speed is measured on a second pass over pages already in memory, on one thread, after the first pass
 * warmed the JIT.
 */
public final class ExtractionBenchmark {

  /** One benchmark page. */
  record Page(String id, String url, String html, String truth) {}

  /** One page's result. */
  record Scored(Page page, String predicted, BodyF1.Counts counts) {}

  private static final int TIMED_PASSES = 3;

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = null;
    Path output = null;
    int worst = 0;
    String explain = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = Path.of(value(args, ++i, "--output"));
        case "--worst" -> worst = Integer.parseInt(value(args, ++i, "--worst"));
        case "--page" -> explain = value(args, ++i, "--page");
        default -> {
          if (args[i].startsWith("--") || dir != null) {
            usage("unknown argument: " + args[i]);
          }
          dir = Path.of(args[i]);
        }
      }
    }
    if (dir == null) {
      usage("no benchmark folder given");
    }
    List<Page> pages = load(dir);
    HtmlPageExtractor extractor = new HtmlPageExtractor();
    PrintStream out = System.out;
    if (explain != null) {
      for (Page p : pages) {
        if (p.id().startsWith(explain)) {
          List<HtmlPageExtractor.Traced> trace = new ArrayList<>();
          explain(p, extractor.extract(p.html(), p.url(), trace), trace, out);
        }
      }
      return;
    }
    List<Scored> scored = run(pages, extractor);
    BodyF1.Score s = BodyF1.score(scored.stream().map(Scored::counts).toList());
    out.printf(Locale.ROOT, "pages %d  F1 %.6f  precision %.6f  recall %.6f  accuracy %.6f%n",
        s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy());
    if (worst > 0) {
      List<Scored> sorted = new ArrayList<>(scored);
      sorted.sort(Comparator.comparingDouble(x -> x.counts().f1()));
      for (Scored x : sorted.subList(0, Math.min(worst, sorted.size()))) {
        out.printf(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  %s%n", x.page().id().substring(0, 12),
            x.counts().f1(), x.counts().precision(), x.counts().recall(), x.page().url());
      }
    }
    if (output != null) {
      writePredictions(scored, output);
      out.println("predictions written to " + output);
    }
    long bytes = 0;
    for (Page p : pages) {
      bytes += p.html().getBytes(StandardCharsets.UTF_8).length;
    }
    // Three timed passes over pages already in memory; the median is reported, so one disturbed pass does not count.
    double[] seconds = new double[TIMED_PASSES];
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      long start = System.nanoTime();
      for (Page p : pages) {
        extractor.extract(p.html(), p.url());
      }
      seconds[pass] = (System.nanoTime() - start) / 1e9;
    }
    java.util.Arrays.sort(seconds);
    double median = seconds[TIMED_PASSES / 2];
    out.printf(Locale.ROOT, "extraction alone, one thread, after warm-up (median of %d passes): %.1f pages/s, %.2f MB/s"
        + " (%d pages, %.1f MB of HTML as UTF-8, %.2f s a pass; best pass %.1f pages/s)%n", TIMED_PASSES,
        pages.size() / median, bytes / 1e6 / median, pages.size(), bytes / 1e6, median, pages.size() / seconds[0]);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      usage(flag + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: ExtractionBenchmark BENCHMARK_DIR [--output predictions.json] [--worst N] [--page ID]");
    System.exit(2);
  }

  /** Reads the ground truth and every page it names; a missing page is an error naming the file. */
  static List<Page> load(Path dir) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IOException("no ground-truth.json in " + dir);
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      String text;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new IOException("cannot read " + html + ": " + ex.getMessage(), ex);
      }
      JsonNode v = e.getValue();
      pages.add(new Page(e.getKey(), v.path("url").asText(null), text, v.path("articleBody").asText("")));
    }
    return pages;
  }

  static List<Scored> run(List<Page> pages, HtmlPageExtractor extractor) {
    List<Scored> out = new ArrayList<>();
    for (Page p : pages) {
      String predicted = bodyText(extractor.extract(p.html(), p.url()));
      out.add(new Scored(p, predicted, BodyF1.match(p.truth(), predicted)));
    }
    return out;
  }

  /** The body as the benchmark reads it: blocks joined by line breaks. */
  static String bodyText(PageContent c) {
    StringBuilder sb = new StringBuilder();
    for (Block b : c.body()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(b.text());
    }
    return sb.toString();
  }

  static void writePredictions(List<Scored> scored, Path output) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    for (Scored s : scored) {
      root.putObject(s.page().id()).put("articleBody", s.predicted());
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapper.writeValue(output.toFile(), root);
  }

  /** Every block of one page with the share of its shingles found in the true body. */
  private static void explain(Page p, PageContent c, List<HtmlPageExtractor.Traced> trace, PrintStream out) {
    Set<List<String>> truth = new HashSet<>(BodyF1.shingles(BodyF1.tokenize(p.truth()), BodyF1.NGRAM).keySet());
    out.printf("%s %s%ntitle: %s%nbyline: %s | dateline: %s | outlet: %s | url: %s | lang: %s%ndates: %s%n", p.id(),
        p.url(), c.title(), c.byline(), c.dateline(), c.outlet(), c.url(), c.language(), c.dates());
    out.printf(Locale.ROOT, "score: %s%n", BodyF1.match(p.truth(), bodyText(c)));
    if (!trace.isEmpty()) {
      out.println("method: " + trace.get(0).method());
    }
    for (HtmlPageExtractor.Traced t : trace) {
      out.printf(Locale.ROOT, "%s %.2f ld%.2f L%d %-24s %-40s %s%n", t.verdict().substring(0, 4),
          inTruth(t.text(), truth), t.linkDensity(), t.leadLinkChars(), t.reason() == null ? t.kind() : "[" + t.reason() + "]",
          t.path().length() > 40 ? t.path().substring(0, 40) : t.path(), clip(t.text()));
    }
  }

  private static double inTruth(String text, Set<List<String>> truth) {
    Map<List<String>, Integer> sh = BodyF1.shingles(BodyF1.tokenize(text), BodyF1.NGRAM);
    if (sh.isEmpty()) {
      return 0;
    }
    int in = 0;
    for (List<String> s : sh.keySet()) {
      if (truth.contains(s)) {
        in++;
      }
    }
    return (double) in / sh.size();
  }

  private static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
