package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.RemovedBlock;

/**
 * Extraction of the hand-written pages in {@code src/test/resources/clean/html/} compared with their
 * {@code .expected.json} files (see the README there). Run with {@code -Dgolden.update=true} to rewrite the expected
 * files from the current output, then review the difference before committing it.
 */
class HtmlPageExtractorGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final HtmlPageExtractor EXTRACTOR = new HtmlPageExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", value = {
      "news-boilerplate, https://ledger.example.org/world/2020/10/11/truce-broken-within-hours?utm_source=feed",
      "jsonld, https://wire.example.net/news/mediators-observers",
      "jsonld-only, null",
      "broken-markup, http://karabakh-daily.example.com/news/2020/10/14/martuni.html",
      "empty-body, null",
      "russian, https://kavkaz.example.ru/politika/20201014/peremirie",
      "no-article, https://courier.example.co.uk/",
      "section-front, https://dispatch.example.com/region/",
      "wordpress-armenian, https://lratu.example.am/2020/10/18/hradadar/"
  })
  void matchesGoldenFile(String name, String url) throws IOException {
    String html = resource(name + ".html");
    JsonNode actual = toJson(EXTRACTOR.extract(html, url));
    Path expectedFile = Path.of("src/test/resources/clean/html", name + ".expected.json");
    if (Boolean.getBoolean("golden.update")) {
      JSON.writeValue(expectedFile.toFile(), actual);
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(expected));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlPageExtractorGoldenTest.class.getResourceAsStream("/clean/html/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource clean/html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Everything the extractor returns, in a stable order. */
  static ObjectNode toJson(PageContent c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("title", c.title());
    o.put("byline", c.byline());
    o.put("dateline", c.dateline());
    o.put("outlet", c.outlet());
    o.put("url", c.url());
    o.put("language", c.language());
    ArrayNode dates = o.putArray("dates");
    for (DateCandidate d : c.dates()) {
      dates.addObject().put("origin", d.origin().name()).put("raw", d.raw());
    }
    ArrayNode body = o.putArray("body");
    for (Block b : c.body()) {
      body.add(b.kind().name() + ": " + b.text());
    }
    ArrayNode captions = o.putArray("captions");
    c.captions().forEach(captions::add);
    ArrayNode removed = o.putArray("removed");
    for (RemovedBlock r : c.removed()) {
      removed.add("[" + r.reason() + "] " + r.text());
    }
    return o;
  }
}
