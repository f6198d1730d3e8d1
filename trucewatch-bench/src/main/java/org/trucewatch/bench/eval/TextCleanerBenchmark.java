package org.trucewatch.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;

/**
 * Measures the plain-text cleaner on pages it was not written for: each page of the article-extraction benchmark is
 * rendered to its visible text the way the sample pages are (one line a block element, navigation and all), cleaned
 * without any markup, and scored with the benchmark's own measure ({@link BodyF1}) against the true article text.
 * Prints the cleaner's score and, as the floor, the score of the whole rendered text.
 *
 * <p>Usage: {@code TextCleanerBenchmark BENCHMARK_DIR}
 */
public final class TextCleanerBenchmark {

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
      "blockquote", "figcaption", "header", "footer", "nav", "section", "article", "aside", "pre", "dt", "dd", "tr",
      "form", "ul", "ol", "table", "main", "figure", "address", "br");
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg");

  private TextCleanerBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/eval/article-extraction-benchmark");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    TextPageExtractor cleaner = new TextPageExtractor(LanguageDetector.load());
    List<BodyF1.Counts> cleaned = new ArrayList<>();
    List<BodyF1.Counts> whole = new ArrayList<>();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      String text = visibleText(dir.resolve("html").resolve(id + ".html.gz"));
      StringBuilder body = new StringBuilder();
      for (Block b : cleaner.extract(text, null).body()) {
        body.append(b.text()).append('\n');
      }
      String gold = truth.get(id).get("articleBody").asText();
      cleaned.add(BodyF1.match(gold, body.toString()));
      whole.add(BodyF1.match(gold, text));
    }
    System.out.println("plain-text cleaner on the visible text of " + cleaned.size() + " pages: " + BodyF1.score(cleaned));
    System.out.println("the whole visible text, uncleaned:                 " + BodyF1.score(whole));
  }

  /** The page's visible text, one line a block element, as a text browser or a copy from a web page gives it. */
  static String visibleText(Path gz) throws IOException {
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder sb = new StringBuilder();
    render(Jsoup.parse(html).body(), sb);
    return sb.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll("\\n\\s*\\n+", "\n");
  }

  private static void render(Node n, StringBuilder sb) {
    if (n instanceof TextNode t) {
      sb.append(t.text());
    } else if (n instanceof Element e && !SKIP.contains(e.tagName())) {
      boolean block = BLOCKS.contains(e.tagName());
      if (block) {
        sb.append('\n');
      }
      e.childNodes().forEach(c -> render(c, sb));
      if (block) {
        sb.append('\n');
      }
    }
  }
}
