package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  private static Collected fixture(String name) {
    return Collected.stream(name, Collected.fixture(name));
  }

  @Test
  void rss2ItemsBecomeDocumentsWithHints() {
    Collected c = fixture("feed-rss2.xml");
    assertThat(c.documents).extracting(SourceDocument::id, SourceDocument::record, SourceDocument::type).containsExactly(
        tuple("wire-2020-10-14-0001", "item 1", ContentType.HTML),
        tuple("https://wire.example.org/news/2020/10/talks-resume", "item 2", ContentType.TEXT));
    SourceDocument first = c.documents.get(0);
    assertThat(first.content()).startsWith("<p>The defence ministry said artillery fire hit two villages overnight.</p>")
        .contains("&quot;completely false&quot;");
    assertThat(first.hints()).isEqualTo(new DocumentHints("https://wire.example.org/news/2020/10/shelling-line-of-contact",
        "Caucasus Wire", "Shelling reported near the line of contact", "Ana Petrosyan, Rauf Mammadov",
        "Wed, 14 Oct 2020 09:30:00 +0000", "en-gb"));
    DocumentHints second = c.documents.get(1).hints();
    assertThat(second.title()).isEqualTo("Talks to resume next week");
    assertThat(second.byline()).isEqualTo("Lena Hovhannisyan");
    assertThat(c.documents.get(1).content())
        .isEqualTo("Foreign ministers will meet in Moscow, officials said. No date was given.");
  }

  @Test
  void anItemWithoutContentIsRejectedAndItsLinkNeverFetched() {
    Rejection r = fixture("feed-rss2.xml").rejections.get(0);
    assertThat(r.record()).isEqualTo("item 3");
    assertThat(r.reason()).isEqualTo(Rejection.Reason.INVALID);
    assertThat(r.message()).contains("no content").contains("not fetched");
  }

  @Test
  void rss1RdfItems() {
    Collected c = fixture("feed-rss1.rdf");
    assertThat(c.rejections).isEmpty();
    assertThat(c.documents).extracting(SourceDocument::id).containsExactly(
        "https://monitor.example.net/report/101", "https://monitor.example.net/report/102");
    assertThat(c.documents.get(0).hints()).isEqualTo(new DocumentHints("https://monitor.example.net/report/101",
        "Monitor Daily", "Ceasefire largely held, monitors say", "Field Office", "2020-10-18T06:00:00Z", "en"));
    assertThat(c.documents.get(1).hints().published()).isEqualTo("2020-10-19");
  }

  @Test
  void atomEntries() {
    Collected c = fixture("feed-atom.xml");
    assertThat(c.rejections).isEmpty();
    assertThat(c.documents).extracting(SourceDocument::id, SourceDocument::type).containsExactly(
        tuple("urn:example:frontline:entry-1", ContentType.HTML),
        tuple("https://frontline.example.com/2023/09/21/officials", ContentType.HTML),
        tuple("feed-atom.xml#item-3", ContentType.TEXT));
    SourceDocument first = c.documents.get(0);
    assertThat(first.content()).isEqualTo("<p>Gunfire was heard near the town on Thursday morning.</p>");
    assertThat(first.hints()).isEqualTo(new DocumentHints("https://frontline.example.com/2023/09/21/shooting",
        "Frontline Notes", "Shooting resumes after truce", "M. Aliyeva", "2023-09-21T08:15:00+04:00", "en"));
    assertThat(c.documents.get(1).content()).contains("<p>Officials from both sides met in the city.</p>");
    assertThat(c.documents.get(2).content()).isEqualTo("Roads in the area were closed on Thursday, police said.");
  }

  @Test
  void bareAmpersandsAreReadLenientlyAndReported() {
    Collected c = fixture("feed-malformed.xml");
    assertThat(c.ids()).containsExactly("nv-1", "nv-2");
    assertThat(c.documents.get(0).content())
        .isEqualTo("Residents of R&D-town said shells fell at 3 a.m. & lasted an hour.");
    assertThat(c.documents.get(0).hints().outlet()).isEqualTo("News & Views");
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString()
        .contains("not well-formed").contains("bare '&'");
  }

  @Test
  void aTruncatedFeedKeepsItsCompleteItemsAndRejectsTheCutOne() {
    Collected c = fixture("feed-truncated.xml");
    assertThat(c.ids()).containsExactly("cut-1");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple("item 2", Rejection.Reason.TRUNCATED));
    assertThat(c.warnings).extracting(IngestWarning::message).anyMatch(m -> m.contains("ends early"));
  }

  @Test
  void aFeedCutBetweenItemsLosesNothingButIsReported() {
    String feed = "<rss><channel><title>T</title><item><guid>a</guid><description>one</description></item>";
    Collected c = Collected.stream("f.xml", feed.getBytes(UTF_8));
    assertThat(c.ids()).containsExactly("a");
    assertThat(c.rejections).isEmpty();
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString().contains("ends early");
  }

  @Test
  void anUnclosedElementInsideAnItemIsReported() {
    String feed = "<rss><channel><item><guid>a</guid><title>T</titl><description>one</description></item>"
        + "</channel></rss>";
    Collected c = Collected.stream("f.xml", feed.getBytes(UTF_8));
    assertThat(c.ids()).containsExactly("a");
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString().contains("<title> is not closed");
  }

  @Test
  void aFeedWithNoItemsIsAWarningAndBrokenXmlWithNoItemsARejection() {
    Collected empty = Collected.stream("f.xml", "<rss><channel><title>T</title></channel></rss>".getBytes(UTF_8));
    assertThat(empty.results).isEmpty();
    assertThat(empty.warnings).singleElement().extracting(IngestWarning::message).isEqualTo("the feed holds no items");
    Collected broken = Collected.stream("f.xml", "<rss><channel><title>T &".getBytes(UTF_8));
    assertThat(broken.onlyRejection().reason()).isEqualTo(Rejection.Reason.MALFORMED);
  }

  @Test
  void aDeclaredEncodingIsHonoured() {
    String feed = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Новости</title><item>"
        + "<guid>r1</guid><description>Обстрел сёл продолжился</description></item></channel></rss>";
    SourceDocument d = Collected.stream("ru.xml", feed.getBytes(Charset.forName("windows-1251"))).only();
    assertThat(d.content()).isEqualTo("Обстрел сёл продолжился");
    assertThat(d.hints().outlet()).isEqualTo("Новости");
  }

  @Test
  void anItemOverTheRecordLimitStopsTheFeedWithTooLarge() {
    StringBuilder sb = new StringBuilder("<rss><channel><item><guid>small</guid><description>ok</description></item>");
    sb.append("<item><guid>big</guid><description>").append("x".repeat(300_000)).append("</description></item>");
    sb.append("<item><guid>after</guid><description>not read</description></item></channel></rss>");
    Ingestor small = new Ingestor(Collected.limits(1 << 20, 100_000, 4));
    Collected c = Collected.stream(small, "f.xml", sb.toString().getBytes(UTF_8));
    assertThat(c.ids()).containsExactly("small");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple("item 2", Rejection.Reason.TOO_LARGE));
  }

  @Test
  void gzippedFeedAndStableHashes() {
    byte[] gz = GzipStreamTest.gzip(Collected.fixture("feed-rss2.xml"));
    Collected a = Collected.stream("feed.xml.gz", gz);
    Collected b = Collected.stream("feed.xml.gz", gz);
    assertThat(a.ids()).containsExactly("wire-2020-10-14-0001", "https://wire.example.org/news/2020/10/talks-resume");
    assertThat(b.documents).isEqualTo(a.documents);
    assertThat(a.documents.get(0).sha256()).isNotEqualTo(a.documents.get(1).sha256());
  }

  @Test
  void aTruncatedGzippedFeedKeepsWhatCameBefore() {
    StringBuilder sb = new StringBuilder("<rss><channel><title>T</title>");
    for (int i = 1; i <= 400; i++) {
      sb.append("<item><guid>g").append(i).append("</guid><description>Item ").append(i)
          .append(" describes what happened near the line of contact on day ").append(i).append(".</description></item>");
    }
    sb.append("</channel></rss>");
    byte[] gz = GzipStreamTest.gzip(sb.toString().getBytes(UTF_8));
    Collected c = Collected.stream("f.xml.gz", java.util.Arrays.copyOf(gz, gz.length * 2 / 3));
    assertThat(c.documents).hasSizeBetween(10, 399);
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.TRUNCATED);
      assertThat(r.message()).contains("ends early");
    });
  }
}
