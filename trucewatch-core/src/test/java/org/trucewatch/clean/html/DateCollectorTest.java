package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.DateCandidate.Origin;

class DateCollectorTest {

  private static List<DateCandidate> head(String html) {
    Document doc = Jsoup.parse(html);
    List<DateCandidate> out = new ArrayList<>();
    DateCollector.fromHead(doc, JsonLd.read(doc), out);
    return out;
  }

  @Test
  void collectsPublicationMetasAndNotModificationDates() {
    List<DateCandidate> d = head("<meta property='article:published_time' content='2020-10-14T22:05:00+03:00'>"
        + "<meta property='article:modified_time' content='2020-10-15T08:00:00+03:00'>"
        + "<meta name='DC.date.issued' content='2020-10-14'><meta name='sailthru.date' content='2020-10-14 22:05'>"
        + "<meta name='parsely-pub-date' content='2020-10-14T19:05:00Z'><meta name='last-modified' content='2021'>"
        + "<meta name='date' content='October 14, 2020'><meta name='description' content='Not a date 2020'>");
    assertThat(d).containsExactly(
        new DateCandidate("2020-10-14T22:05:00+03:00", Origin.META),
        new DateCandidate("2020-10-14", Origin.META),
        new DateCandidate("2020-10-14 22:05", Origin.META),
        new DateCandidate("2020-10-14T19:05:00Z", Origin.META),
        new DateCandidate("October 14, 2020", Origin.META));
  }

  @Test
  void collectsStructuredDates() {
    List<DateCandidate> d = head("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2020-10-14T22:05:00+03:00\",\"dateModified\":\"2020-10-16\"}</script>"
        + "<span itemprop='datePublished' content='2020-10-14'>14 Oct</span>");
    assertThat(d).containsExactly(
        new DateCandidate("2020-10-14T22:05:00+03:00", Origin.STRUCTURED),
        new DateCandidate("2020-10-14", Origin.STRUCTURED));
  }

  @Test
  void takesTimeElementsNearTheHeadlineButNotUpdatesOrOtherStories() {
    String para = "<p>The defence ministry said on Tuesday that artillery fire had hit two villages overnight, "
        + "wounding three civilians, and that its forces had returned fire.</p>";
    String page = "<h1>Shelling resumes</h1><div class='meta'><span>Published <time datetime='2020-10-14T09:00'>"
        + "14 Oct</time></span> <span>Updated <time datetime='2020-10-15T10:00'>15 Oct</time></span></div>"
        + "<div class='body'>" + para + para + "</div><ul class='related-stories'><li><a href='/x'>Other story</a> "
        + "<time datetime='2019-01-01'>1 Jan</time></li></ul>";
    List<DateCandidate> dates = new HtmlPageExtractor().extract(page, null).dates();
    assertThat(dates).containsExactly(new DateCandidate("2020-10-14T09:00", Origin.TIME_ELEMENT),
        new DateCandidate("14 Oct", Origin.LABELLED));
  }

  @Test
  void readsLabelledLines() {
    assertThat(DateCollector.labelledDate("Published: 14 October 2020 | Updated 15 October 2020"))
        .isEqualTo("14 October 2020");
    assertThat(DateCollector.labelledDate("Posted on Oct 14, 2020 by Jane Doe")).isEqualTo("Oct 14, 2020");
    assertThat(DateCollector.labelledDate("Publish Date: 14 October 2020 - 22:05")).isEqualTo("14 October 2020 - 22:05");
    assertThat(DateCollector.labelledDate("Опубликовано: 14 октября 2020, 22:05")).isEqualTo("14 октября 2020, 22:05");
    assertThat(DateCollector.labelledDate("Updated: 15 October 2020")).isNull();
    assertThat(DateCollector.labelledDate("Published by the ministry of defence")).isNull();
    assertThat(DateCollector.labelledDate("Published: " + "x".repeat(200))).isNull();
  }

  @Test
  void readsParselyPageJsonAndBloggerAbbrTitles() {
    List<DateCandidate> d = head("<meta name='parsely-page' content='{\"title\":\"X\",\"pub_date\":"
        + "\"2024-02-15T11:40:00Z\",\"section\":\"Syria\"}'><body><div itemscope>"
        + "<abbr class='published' itemprop='datePublished' title='2024-02-21T08:30:00+02:00'>8:30 AM</abbr></div>");
    assertThat(d).containsExactlyInAnyOrder(new DateCandidate("2024-02-15T11:40:00Z", Origin.META),
        new DateCandidate("2024-02-21T08:30:00+02:00", Origin.STRUCTURED));
  }

  @Test
  void readsTheDateOfABylineThatPrintsLittleElse() {
    assertThat(DateCollector.bylineDate("Monday, 19 February 2024, 14:32")).isEqualTo("Monday, 19 February 2024, 14:32");
    assertThat(DateCollector.bylineDate("ANKARA February 07 2024 10:55:00")).isNotNull();
    assertThat(DateCollector.bylineDate("Bakhtiyor Rahimov | Feb 18, 2024")).isEqualTo("Feb 18, 2024");
    assertThat(DateCollector.bylineDate("Published 3 March 2024 | Updated 5 March 2024")).isEqualTo(
        "Published 3 March 2024");
    // An update alone, a relative time, a sentence that mentions a date: none is the byline's date.
    assertThat(DateCollector.bylineDate("Updated 5 March 2024")).isNull();
    assertThat(DateCollector.bylineDate("Updated 2 hours ago")).isNull();
    assertThat(DateCollector.bylineDate("The talks resumed on 5 March 2024 in Doha after weeks")).isNull();
  }

  @Test
  void bylineDatesSkipElementsLabelledAsUpdates() {
    Document doc = Jsoup.parse("<div class='meta'><span>Updated</span> <span id='u'>5 March 2024</span></div>"
        + "<div class='meta'><span id='p'>3 March 2024</span></div>");
    List<DateCandidate> out = new ArrayList<>();
    DateCollector.fromBylines(List.of(doc.getElementById("u"), doc.getElementById("p")), out);
    assertThat(out).containsExactly(new DateCandidate("3 March 2024", Origin.DATELINE));
  }

  @Test
  void readsDatesInAddressPaths() {
    assertThat(url("https://x.example/world/2020/10/14/truce-story")).containsExactly("2020/10/14");
    assertThat(url("https://x.example/2020-10-14-truce")).containsExactly("2020-10-14");
    assertThat(url("https://x.example/politika/20201014/peremirie")).containsExactly("20201014");
    assertThat(url("https://x.example/2019/11/story.html")).containsExactly("2019/11");
    assertThat(url("https://x.example/story?date=2020/10/14/")).isEmpty();
    assertThat(url("https://x.example/item/123456789/")).isEmpty();
    assertThat(url(null)).isEmpty();
  }

  private static List<String> url(String url) {
    List<DateCandidate> out = new ArrayList<>();
    DateCollector.fromUrl(url, out);
    assertThat(out).allMatch(c -> c.origin() == Origin.URL);
    return out.stream().map(DateCandidate::raw).toList();
  }
}
