package org.trucewatch.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.lang.LanguageDetector;

/**
 * Page headers whose byline and date share one line in segments ("By X | date, time | Updated time"): hand-written
 * pages, none copied from a real site. Without reading such a line the page had no title, no byline and no date, and
 * its headline and caption were read as story paragraphs.
 */
class SegmentedHeaderLinesTest {

  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor(LanguageDetector.load());

  private static final String STORY = """
      Rockets struck a fuel depot on the edge of the port city early on Tuesday, setting off a fire that burned for \
      hours, the regional governor said in a message to reporters.

      The governor said two guards had been killed and that firefighters from three districts were still at the \
      scene in the afternoon, when smoke could be seen from the coast road.

      The rebel command denied firing at the depot and said the blaze had been caused by an accident inside it, an \
      account that port workers reached by telephone disputed.
      """;

  private static PageContent page(String header) {
    return EXTRACTOR.extract("Home | News | Region | Opinion | Video\n\n" + header + "\n\n" + STORY, null);
  }

  @Test
  void aBylineWithDateAndUpdateStampGivesTitleBylineAndPublicationTime() {
    PageContent p = page("""
        Rockets set port fuel depot ablaze as governor reports two guards killed

        By our regional staff | 9 April 2024, 07:35 | Updated 11:02

        [Photo: Smoke over the port seen from the coast road. Caption: the depot burning on Tuesday.]""");
    assertThat(p.title()).isEqualTo("Rockets set port fuel depot ablaze as governor reports two guards killed");
    assertThat(p.byline()).isEqualTo("our regional staff");
    assertThat(p.dates()).extracting(DateCandidate::raw).containsExactly("9 April 2024, 07:35");
    assertThat(p.dates()).extracting(DateCandidate::origin).containsExactly(DateCandidate.Origin.DATELINE);
    assertThat(p.body()).extracting(Block::text).allMatch(t -> t.startsWith("Rockets struck") || t.startsWith("The "));
  }

  @Test
  void aDateThenItsTimeThenAReadingTimeGiveTheDateWithItsTime() {
    PageContent p = page("""
        LIVE TV  ·  Weather 21°C

        Governor says fire at port depot is under control after rocket strike

        Tuesday 9 April 2024 · 18:20 · 4 min read""");
    assertThat(p.title()).isEqualTo("Governor says fire at port depot is under control after rocket strike");
    assertThat(p.byline()).isNull();
    assertThat(p.dates()).extracting(DateCandidate::raw).containsExactly("Tuesday 9 April 2024, 18:20");
  }

  @Test
  void aStandfirstBetweenHeadlineAndBylineIsNotTheTitle() {
    PageContent p = page("""
        Port depot burns after rocket strike

        Two guards killed as the fire spreads to a second tank; rebels blame an accident inside the depot

        Reporting by Lena Marsh • April 9, 2024 • 3 min read""");
    assertThat(p.title()).isEqualTo("Port depot burns after rocket strike");
    assertThat(p.byline()).isEqualTo("Lena Marsh");
    assertThat(p.dates()).extracting(DateCandidate::raw).containsExactly("April 9, 2024");
  }

  @Test
  void aMenuOrATickerWithBarsIsNoHeaderLine() {
    assertThat(TextPageExtractor.segmentedMeta("Home | News | Region | Opinion | Video")).isNull();
    assertThat(TextPageExtractor.segmentedMeta("Oil | 84.20 | Gold | 2,310.5")).isNull();
    assertThat(TextPageExtractor.segmentedMeta("By our regional staff | Updated 11:02")).isNull();
    assertThat(TextPageExtractor.segmentedMeta("Tuesday, 9 April 2024")).isNull();
  }
}
