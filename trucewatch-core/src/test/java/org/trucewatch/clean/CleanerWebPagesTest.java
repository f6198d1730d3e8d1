package org.trucewatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.html.HtmlPageExtractor;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.ingest.DocumentHints;
import org.trucewatch.ingest.SourceDocument;
import org.trucewatch.internal.Texts;

/**
 * The cleaner on pages in the templates of many news sites (src/test/resources/clean/web/, see the README there): the
 * share of body snippets kept, of clutter snippets dropped and of publication dates right, for the {@code dev} pages
 * the cleaner was tuned on and the {@code test} pages it never was, each against a floor. The pages are cleaned as a
 * watcher would hand them over (HTML and the page's address only) at a fixed crawl time that the pages' "today" lines
 * print, so a date taken from the crawl or the banner is wrong.
 */
class CleanerWebPagesTest {

  /** The crawl time: the pages' "today" banners print this day. */
  static final Instant CRAWLED = Instant.parse("2024-03-20T09:00:00Z");

  /** Floors: body kept, clutter dropped, dates right (shares of 1). */
  private static final double[] DEV_FLOORS = {0.95, 0.95, 0.90};
  private static final double[] TEST_FLOORS = {0.95, 0.95, 0.90};
  private static final double[] TEST2_FLOORS = {0.95, 0.95, 0.85};

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One split's figures, and a line per miss. */
  record Figures(String split, int bodyKept, int bodyAll, int clutterDropped, int clutterAll, int datesRight,
      int pages, List<String> misses) {
    double body() {
      return bodyKept / (double) bodyAll;
    }

    double clutter() {
      return clutterDropped / (double) clutterAll;
    }

    double dates() {
      return datesRight / (double) pages;
    }

    String line() {
      return String.format("%s: %d pages; body kept %d/%d = %.3f; clutter dropped %d/%d = %.3f; dates right %d/%d"
          + " = %.3f", split, pages, bodyKept, bodyAll, body(), clutterDropped, clutterAll, clutter(), datesRight, pages,
          dates());
    }
  }

  @Test
  void devPagesMeetTheFloors() throws IOException {
    assertMeets(score("dev"), DEV_FLOORS);
  }

  @Test
  void testPagesMeetTheFloors() throws IOException {
    assertMeets(score("test"), TEST_FLOORS);
  }

  /** Pages written after the cleaner was tuned and never tuned on: a second held-out look. */
  @Test
  void lateTestPagesMeetTheFloors() throws IOException {
    assertMeets(score("test2"), TEST2_FLOORS);
  }

  /** The gold itself: every snippet is text the page shows, and there are enough pages and sites to mean something. */
  @Test
  void goldSnippetsArePageText() throws IOException {
    int pages = 0;
    for (String split : List.of("dev", "test", "test2")) {
      JsonNode gold = gold(split);
      for (JsonNode p : gold.get("pages")) {
        pages++;
        String text = Texts.collapseSpaces(Jsoup.parse(page(split, p.get("file").asText())).text());
        for (String kind : List.of("body", "clutter")) {
          assertThat(p.get(kind).size()).as(p.get("file") + " " + kind).isGreaterThanOrEqualTo(3);
          for (JsonNode s : p.get(kind)) {
            assertThat(text).as(p.get("file") + " shows " + kind + " snippet").contains(s.asText());
          }
        }
      }
    }
    assertThat(pages).isGreaterThanOrEqualTo(30);
  }

  private static void assertMeets(Figures f, double[] floors) {
    System.out.println("[web pages] " + f.line());
    f.misses().forEach(m -> System.out.println("[web pages]   " + m));
    assertThat(f.body()).as(f.line()).isGreaterThanOrEqualTo(floors[0]);
    assertThat(f.clutter()).as(f.line()).isGreaterThanOrEqualTo(floors[1]);
    assertThat(f.dates()).as(f.line()).isGreaterThanOrEqualTo(floors[2]);
  }

  /** Cleans every page of a split and counts what the gold says. */
  static Figures score(String split) throws IOException {
    ArticleCleaner cleaner = cleaner();
    JsonNode gold = gold(split);
    int bodyKept = 0;
    int bodyAll = 0;
    int clutterDropped = 0;
    int clutterAll = 0;
    int datesRight = 0;
    int pages = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode p : gold.get("pages")) {
      String file = p.get("file").asText();
      String url = p.get("url").asText();
      SourceDocument doc = new SourceDocument(file, file, null, ContentType.HTML, page(split, file), "0",
          DocumentHints.NONE.withUrl(url));
      ArticleCleaner.Outcome o = cleaner.clean(doc);
      Article a = o instanceof ArticleCleaner.Cleaned c ? c.article() : null;
      String body = a == null ? "" : Texts.collapseSpaces(a.body());
      for (JsonNode s : p.get("body")) {
        bodyAll++;
        if (body.contains(s.asText())) {
          bodyKept++;
        } else {
          misses.add(file + ": body lost: " + s.asText());
        }
      }
      for (JsonNode s : p.get("clutter")) {
        clutterAll++;
        if (!body.contains(s.asText())) {
          clutterDropped++;
        } else {
          misses.add(file + ": clutter kept: " + s.asText());
        }
      }
      pages++;
      String expected = p.get("date").isNull() ? null : p.get("date").asText();
      PublishedDate got = a == null ? null : a.published();
      String gotDate = got == null ? null : got.date();
      if (expected == null ? gotDate == null : expected.equals(gotDate)) {
        datesRight++;
      } else {
        misses.add(file + ": date " + gotDate + (got == null ? "" : " (" + got.origin() + " \"" + got.evidence()
            + "\")") + ", expected " + expected);
      }
    }
    return new Figures(split, bodyKept, bodyAll, clutterDropped, clutterAll, datesRight, pages, misses);
  }

  static ArticleCleaner cleaner() {
    LanguageDetector languages = LanguageDetector.load();
    return new ArticleCleaner(new HtmlPageExtractor(), new TextPageExtractor(languages),
        new PublicationDates(Clock.fixed(CRAWLED, ZoneOffset.UTC)), languages,
        TrucewatchConfig.defaults().clean().minBodyChars());
  }

  private static JsonNode gold(String split) throws IOException {
    return JSON.readTree(page(split, "gold.json"));
  }

  private static String page(String split, String file) throws IOException {
    String name = "/clean/web/" + split + "/" + file;
    try (InputStream in = CleanerWebPagesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
