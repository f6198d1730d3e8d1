package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PageContent;
import org.trucewatch.config.TrucewatchConfig;

class HtmlPageExtractorTest {

  private static final HtmlPageExtractor EXTRACTOR = new HtmlPageExtractor();

  private static final String PARA = "The defence ministry said on Tuesday that artillery fire had hit two villages "
      + "overnight, wounding three civilians, and that its forces had returned fire.";

  private static String bodyText(PageContent c) {
    return c.body().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void nullPageIsRejectedWithItsName() {
    assertThatThrownBy(() -> EXTRACTOR.extract(null, "https://x.example/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
  }

  @Test
  void emptyAndMeaninglessPagesGiveAnEmptyStory() {
    for (String page : new String[] {"", "   ", "\u0000\u0001\uFFFD garbage <<<>>> &&&", "<html><body></body>",
        "just a line of plain text"}) {
      PageContent c = EXTRACTOR.extract(page, null);
      assertThat(c.body()).as(page).isEmpty();
      assertThat(c.dates()).isEmpty();
    }
  }

  @Test
  void bylineDatesComeFromUnderTheHeadlineNotFromTheTodayLineOrOtherStories() {
    String page = "<body><div class='top'><span>Wednesday, 20 March 2024</span></div>"
        + "<div class='main'><div class='story'><h1>Shelling resumes near the border</h1>"
        + "<div class='info'>Feb 18, 2024</div><p>" + PARA + "</p><p>" + PARA + "</p><p>" + PARA + "</p></div>"
        + "<div class='related'><span>Mar 1, 2024</span><a href='/x'>Another story</a></div></div></body>";
    PageContent c = EXTRACTOR.extract(page, "https://x.example/news/1");
    assertThat(c.dates()).containsExactly(
        new org.trucewatch.clean.DateCandidate("Feb 18, 2024", org.trucewatch.clean.DateCandidate.Origin.DATELINE));
  }

  @Test
  void aDatePrintedAboveTheHeadlineInsideItsBoxIsTheByline() {
    String page = "<body><div class='today'>20.03.2024</div><div class='page'><div class='head'>"
        + "<div class='date'>14:22, 12 February 2024</div><h1>Border post fired on</h1></div>"
        + "<div class='text'><p>" + PARA + "</p><p>" + PARA + "</p></div></div></body>";
    PageContent c = EXTRACTOR.extract(page, null);
    assertThat(c.dates()).extracting(org.trucewatch.clean.DateCandidate::raw)
        .containsExactly("14:22, 12 February 2024");
  }

  @Test
  void badAddressesAreNoError() {
    PageContent c = EXTRACTOR.extract("<p>" + PARA + "</p><p>" + PARA + "</p>", "ht!tp://bad host/%%/2020/10/14/");
    assertThat(c.body()).hasSize(2);
    assertThat(c.url()).isNull();
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflow() {
    String page = "<div>".repeat(20_000) + "<p>" + PARA + "</p><p>" + PARA + "</p>" + "</div>".repeat(20_000);
    PageContent c = EXTRACTOR.extract(page, null);
    assertThat(bodyText(c)).contains("returned fire");
  }

  @Test
  void keepsTheStoryAmongTeasersEachInAnArticle() {
    String teaser = "<article class='card'><h3><a href='/o'>Another story</a></h3><p>" + PARA + "</p></article>";
    String page = "<main><article class='post'><h1>Shelling resumes</h1><p>Only the story's own words are here, "
        + "at some length, so that it reads as a story.</p><p>" + PARA.replace("Tuesday", "Monday") + "</p></article>"
        + teaser.repeat(4) + "</main>";
    PageContent c = EXTRACTOR.extract("<title>Shelling resumes</title>" + page, null);
    assertThat(c.body()).extracting(Block::text).containsExactly(
        "Only the story's own words are here, at some length, so that it reads as a story.",
        PARA.replace("Tuesday", "Monday"));
  }

  @Test
  void dropsTheListAfterALineThatAnnouncesOtherStories() {
    String page = "<div class='story'><p>" + PARA + "</p><p>" + PARA + "</p><h3>More stories</h3><ul>"
        + "<li>A short item</li><li><a href='/x'>Linked item about another thing</a></li></ul></div>";
    PageContent c = EXTRACTOR.extract(page, null);
    assertThat(c.body()).hasSize(2);
    assertThat(c.removed()).extracting(r -> r.reason()).contains("list of other pages");
  }

  @Test
  void aStoryTooShortIsNoStory() {
    TrucewatchConfig.Clean clean = new TrucewatchConfig.Clean(500, 2);
    PageContent c = new HtmlPageExtractor(clean).extract("<p>" + PARA + "</p>", null);
    assertThat(c.body()).isEmpty();
    assertThat(c.removed()).extracting(r -> r.reason()).contains("too little text for a story");
  }

  @Test
  void bylineLinesAtTheTopAreNotStory() {
    String page = "<h1>Shelling resumes</h1><div><p>By Anna Petrosyan</p><p>" + PARA + "</p><p>" + PARA
        + "</p></div>";
    PageContent c = EXTRACTOR.extract(page, null);
    assertThat(c.byline()).isEqualTo("Anna Petrosyan");
    assertThat(bodyText(c)).doesNotContain("Petrosyan");

    String notByline = "<h1>Shelling resumes</h1><div><p>by the morning the shelling had stopped</p><p>" + PARA
        + "</p><p>" + PARA + "</p></div>";
    PageContent d = EXTRACTOR.extract(notByline, null);
    assertThat(d.byline()).isNull();
    assertThat(bodyText(d)).startsWith("by the morning");
  }

  @Test
  void givesTheSameAnswerOnManyThreads() throws Exception {
    List<String> pages = new ArrayList<>();
    for (String name : new String[] {"news-boilerplate", "jsonld", "broken-markup", "russian", "no-article"}) {
      pages.add(HtmlPageExtractorGoldenTest.resource(name + ".html"));
    }
    List<String> expected = new ArrayList<>();
    for (String p : pages) {
      expected.add(HtmlPageExtractorGoldenTest.toJson(EXTRACTOR.extract(p, null)).toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String p : pages) {
          results.add(pool.submit(() -> HtmlPageExtractorGoldenTest.toJson(EXTRACTOR.extract(p, null)).toString()));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % pages.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
