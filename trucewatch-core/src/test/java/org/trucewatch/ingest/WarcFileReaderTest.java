package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files written here with jwarc's own writer, so that each record's bytes are known. */
class WarcFileReaderTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Instant CRAWLED = Instant.parse("2020-10-20T08:00:00Z");
  private static final String RU_PAGE = "<html><head><title>Обстрел</title></head><body><p>Обстрел сёл</p></body></html>";
  private static final String EN_PAGE = "<html><body><p>The truce collapsed on Monday.</p></body></html>";

  private static UUID id(int n) {
    return new UUID(0, n);
  }

  private static String idOf(int n) {
    return "<urn:uuid:" + id(n) + ">";
  }

  private static WarcResponse response(int n, String url, int status, String contentType, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, "X").addHeader("Content-Type", contentType)
        .body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url)).recordId(id(n)).date(CRAWLED).body(http).build();
  }

  /** A response whose HTTP message is given raw, for transfer and content encodings. */
  private static WarcResponse rawResponse(int n, String url, byte[] httpMessage) {
    return new WarcResponse.Builder(URI.create(url)).recordId(id(n)).date(CRAWLED)
        .body(MediaType.HTTP_RESPONSE, httpMessage).build();
  }

  static byte[] warc(WarcCompression compression, List<WarcRecord> records) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(Channels.newChannel(bo), compression)) {
        for (WarcRecord r : records) {
          w.write(r);
        }
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] chunkedGzipMessage(byte[] body) {
    byte[] gz = GzipStreamTest.gzip(body);
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    bo.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(ISO_8859_1));
    int half = gz.length / 2;
    bo.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(ISO_8859_1));
    bo.write(gz, 0, half);
    bo.writeBytes(("\r\n" + Integer.toHexString(gz.length - half) + "\r\n").getBytes(ISO_8859_1));
    bo.write(gz, half, gz.length - half);
    bo.writeBytes("\r\n0\r\n\r\n".getBytes(ISO_8859_1));
    return bo.toByteArray();
  }

  /** A small crawl: a page in windows-1251, records to skip, text resources, encoded bodies. */
  static List<WarcRecord> crawl() throws IOException {
    return List.of(
        new Warcinfo.Builder().recordId(id(1)).fields(java.util.Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder(URI.create("https://ru.example.org/news/1")).recordId(id(2))
            .body(new HttpRequest.Builder("GET", "/news/1").build()).build(),
        response(3, "https://ru.example.org/news/1", 200, "text/html; charset=windows-1251", RU_PAGE.getBytes(CP1251)),
        response(4, "https://ru.example.org/missing", 404, "text/html", "<p>not found</p>".getBytes(UTF_8)),
        response(5, "https://ru.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new WarcMetadata.Builder().recordId(id(6)).targetURI("https://ru.example.org/news/1")
            .body(MediaType.parse("application/warc-fields"), "outlinks: x\r\n".getBytes(UTF_8)).build(),
        new WarcRevisit.Builder(URI.create("https://ru.example.org/news/1")).recordId(id(7)).build(),
        new WarcResource.Builder(URI.create("https://statements.example.gov/2020-10-20.txt")).recordId(id(8))
            .body(MediaType.parse("text/plain; charset=utf-8"), "Statement: the ceasefire is in force.".getBytes(UTF_8))
            .build(),
        new WarcConversion.Builder().recordId(id(9)).setHeader("WARC-Target-URI", "https://en.example.com/scan.pdf")
            .body(MediaType.PLAIN_TEXT, "Text taken from a PDF.".getBytes(UTF_8)).build(),
        rawResponse(10, "https://en.example.com/gz", chunkedGzipMessage(EN_PAGE.getBytes(UTF_8))),
        response(11, "https://en.example.com/plain", 200, "application/xhtml+xml", EN_PAGE.getBytes(UTF_8)));
  }

  private static void assertCrawlRead(Collected c) {
    assertThat(c.rejections).isEmpty();
    assertThat(c.documents).extracting(SourceDocument::id, SourceDocument::record, SourceDocument::type)
        .containsExactly(
            tuple("https://ru.example.org/news/1", idOf(3), ContentType.HTML),
            tuple("https://statements.example.gov/2020-10-20.txt", idOf(8), ContentType.TEXT),
            tuple("https://en.example.com/scan.pdf", idOf(9), ContentType.TEXT),
            tuple("https://en.example.com/gz", idOf(10), ContentType.HTML),
            tuple("https://en.example.com/plain", idOf(11), ContentType.HTML));
    SourceDocument ru = c.documents.get(0);
    assertThat(ru.content()).isEqualTo(RU_PAGE);
    assertThat(ru.sha256()).isEqualTo(Collected.sha256(RU_PAGE.getBytes(CP1251)));
    assertThat(ru.hints()).isEqualTo(new DocumentHints("https://ru.example.org/news/1", null, null, null, null, null));
    assertThat(c.documents.get(1).content()).isEqualTo("Statement: the ceasefire is in force.");
    SourceDocument decoded = c.documents.get(3);
    assertThat(decoded.content()).isEqualTo(EN_PAGE);
    assertThat(decoded.sha256()).isEqualTo(Collected.sha256(EN_PAGE.getBytes(UTF_8)));
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString()
        .startsWith("skipped 6 record(s)")
        .contains("1 request").contains("1 metadata").contains("1 revisit").contains("1 warcinfo")
        .contains("1 response with status 4xx").contains("1 non-HTML response");
  }

  @Test
  void readsPageRecordsAndSkipsTheRest() throws IOException {
    assertCrawlRead(Collected.stream("crawl.warc", warc(WarcCompression.NONE, crawl())));
  }

  @Test
  void readsPerRecordGzip() throws IOException {
    byte[] gz = warc(WarcCompression.GZIP, crawl());
    assertThat(gz[0]).isEqualTo((byte) 0x1f);
    Collected c = Collected.stream("crawl.warc.gz", gz);
    assertCrawlRead(c);
    assertThat(c.documents).isEqualTo(Collected.stream("crawl.warc.gz", gz).documents);
  }

  @Test
  void aTruncatedFileKeepsTheRecordsBeforeTheCut() throws IOException {
    byte[] full = warc(WarcCompression.NONE, crawl());
    int cut = new String(full, ISO_8859_1).indexOf("Statement: the ceasefire") + 5;
    Collected c = Collected.stream("crawl.warc", Arrays.copyOf(full, cut));
    assertThat(c.ids()).containsExactly("https://ru.example.org/news/1");
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.TRUNCATED);
      assertThat(r.record()).isEqualTo(idOf(8));
    });
  }

  @Test
  void aTruncatedGzipFileKeepsTheRecordsBeforeTheCut() throws IOException {
    byte[] full = warc(WarcCompression.GZIP, crawl());
    Collected c = Collected.stream("crawl.warc.gz", Arrays.copyOf(full, full.length - 200));
    assertThat(c.documents).hasSizeBetween(1, 4);
    assertThat(c.documents.get(0).id()).isEqualTo("https://ru.example.org/news/1");
    assertThat(c.rejections).singleElement().extracting(Rejection::reason).isEqualTo(Rejection.Reason.TRUNCATED);
  }

  @Test
  void anOversizedRecordIsRefusedAloneAndTheNextIsRead() throws IOException {
    byte[] big = ("<html><body>" + "<p>long page</p>".repeat(1000) + "</body></html>").getBytes(UTF_8);
    byte[] file = warc(WarcCompression.NONE, List.of(
        response(1, "https://x.example/big", 200, "text/html", big),
        response(2, "https://x.example/small", 200, "text/html", EN_PAGE.getBytes(UTF_8))));
    Collected c = Collected.stream(new Ingestor(Collected.limits(1 << 20, 4096, 4)), "x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/small");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple(idOf(1), Rejection.Reason.TOO_LARGE));
  }

  @Test
  void aBodyWhoseContentEncodingIsCutIsRejectedAloneAndTheNextIsRead() throws IOException {
    byte[] gz = GzipStreamTest.gzip(EN_PAGE.getBytes(UTF_8));
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n").getBytes(ISO_8859_1);
    byte[] message = Arrays.copyOf(head, head.length + gz.length / 2);
    System.arraycopy(gz, 0, message, head.length, gz.length / 2);
    byte[] file = warc(WarcCompression.NONE, List.of(
        rawResponse(1, "https://x.example/cut", message),
        response(2, "https://x.example/ok", 200, "text/html", EN_PAGE.getBytes(UTF_8))));
    Collected c = Collected.stream("x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/ok");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple(idOf(1), Rejection.Reason.TRUNCATED));
  }

  @Test
  void aCrawlerTruncatedRecordIsKeptWithAWarning() throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
        .body(MediaType.HTML, EN_PAGE.getBytes(UTF_8)).build();
    WarcResponse cut = new WarcResponse.Builder(URI.create("https://x.example/long")).recordId(id(1))
        .truncated(WarcTruncationReason.LENGTH).body(http).build();
    Collected c = Collected.stream("x.warc", warc(WarcCompression.NONE, List.of(cut)));
    assertThat(c.only().id()).isEqualTo("https://x.example/long");
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString().contains("truncated");
  }

  @Test
  void aBrokenRecordHeaderIsMalformed() throws IOException {
    byte[] good = warc(WarcCompression.NONE, List.of(response(1, "https://x.example/a", 200, "text/html",
        EN_PAGE.getBytes(UTF_8))));
    byte[] broken = "WARC/1.1\r\nthis is no header line\r\n\r\n".getBytes(ISO_8859_1);
    byte[] file = Arrays.copyOf(good, good.length + broken.length);
    System.arraycopy(broken, 0, file, good.length, broken.length);
    Collected c = Collected.stream("x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/a");
    assertThat(c.rejections).singleElement().extracting(Rejection::reason).isEqualTo(Rejection.Reason.MALFORMED);
  }
  @Test
  void aChunkedBodyCutInsideAnIntactRecordIsRejectedAloneAndTheNextIsRead() throws IOException {
    byte[] message = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "400\r\n<html><body><p>only the first bytes of a long chunk").getBytes(ISO_8859_1);
    byte[] file = warc(WarcCompression.NONE, List.of(
        rawResponse(1, "https://x.example/cut", message),
        response(2, "https://x.example/ok", 200, "text/html", EN_PAGE.getBytes(UTF_8))));
    Collected c = Collected.stream("x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/ok");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple(idOf(1), Rejection.Reason.TRUNCATED));
  }

  @Test
  void aContentEncodingThatCannotBeDecodedIsUnsupportedForThatRecordOnly() throws IOException {
    byte[] message = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress\r\n"
        + "Content-Length: 4\r\n\r\nxxxx").getBytes(ISO_8859_1);
    byte[] file = warc(WarcCompression.NONE, List.of(
        rawResponse(1, "https://x.example/z", message),
        response(2, "https://x.example/ok", 200, "text/html", EN_PAGE.getBytes(UTF_8))));
    Collected c = Collected.stream("x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/ok");
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.UNSUPPORTED);
      assertThat(r.message()).contains("compress");
    });
  }
}
