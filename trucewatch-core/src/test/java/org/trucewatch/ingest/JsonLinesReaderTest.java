package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  @Test
  void goodLinesBecomeDocumentsAndEachBadLineOneRejection() {
    Collected c = Collected.stream("feeds/articles.jsonl", Collected.fixture("articles.jsonl"));
    assertThat(c.documents).extracting(SourceDocument::id, SourceDocument::record, SourceDocument::type).containsExactly(
        tuple("wire-001", "line 1", ContentType.TEXT),
        tuple("wire-002", "line 2", ContentType.HTML),
        tuple("articles.jsonl#line-6", "line 6", ContentType.TEXT),
        tuple("9", "line 9", ContentType.TEXT));
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason).containsExactly(
        tuple("line 3", Rejection.Reason.MALFORMED),
        tuple("line 4", Rejection.Reason.INVALID),
        tuple("line 7", Rejection.Reason.MALFORMED),
        tuple("line 8", Rejection.Reason.EMPTY),
        tuple("line 10", Rejection.Reason.INVALID),
        tuple("line 11", Rejection.Reason.MALFORMED));
    assertThat(c.rejections).allSatisfy(r -> {
      assertThat(r.sourceFile()).isEqualTo("feeds/articles.jsonl");
      assertThat(r.message()).contains(r.record());
    });
  }

  @Test
  void fieldsBecomeHints() {
    Collected c = Collected.stream("articles.jsonl", Collected.fixture("articles.jsonl"));
    SourceDocument first = c.documents.get(0);
    assertThat(first.content()).isEqualTo("Artillery fire hit the village overnight, the ministry said.");
    assertThat(first.hints()).isEqualTo(new DocumentHints("https://wire.example.org/a/1", "Caucasus Wire",
        "Village shelled", null, "2020-10-14", "en"));
    assertThat(c.documents.get(1).hints().byline()).isEqualTo("Ana Petrosyan");
    assertThat(c.documents.get(2).hints().byline()).isEqualTo("Field Office");
    assertThat(c.documents.get(3).content()).isEqualTo("A numeric id is read as text.\nIts line ends are normalised.");
  }

  @Test
  void hashIsOfTheLinesBytes() {
    String line = "{\"id\":\"a\",\"text\":\"Shelling resumed.\"}";
    Collected c = Collected.stream("x.jsonl", (line + "\r\n").getBytes(UTF_8));
    assertThat(c.only().sha256()).isEqualTo(Collected.sha256(line.getBytes(UTF_8)));
  }

  @Test
  void textWinsOverHtmlWhenBothAreGiven() {
    String line = "{\"id\":\"a\",\"text\":\"clean text\",\"html\":\"<p>raw page</p>\"}";
    SourceDocument d = Collected.stream("x.jsonl", line.getBytes(UTF_8)).only();
    assertThat(d.type()).isEqualTo(ContentType.TEXT);
    assertThat(d.content()).isEqualTo("clean text");
  }

  @Test
  void aLineLongerThanTheRecordLimitIsRefusedAloneAndTheRestGoesOn() {
    Ingestor small = new Ingestor(Collected.limits(1 << 20, 100, 4));
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}";
    String ok = "{\"id\":\"ok\",\"text\":\"fits\"}";
    Collected c = Collected.stream(small, "x.jsonl", (ok + "\n" + big + "\n" + ok.replace("ok", "ok2")).getBytes(UTF_8));
    assertThat(c.ids()).containsExactly("ok", "ok2");
    assertThat(c.rejections).extracting(Rejection::record, Rejection::reason)
        .containsExactly(tuple("line 2", Rejection.Reason.TOO_LARGE));
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheCut() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      sb.append("{\"id\":\"n").append(i).append("\",\"text\":\"Report number ").append(i)
          .append(" of incidents along the line of contact.\"}\n");
    }
    byte[] gz = GzipStreamTest.gzip(sb.toString().getBytes(UTF_8));
    Collected c = Collected.stream("big.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    assertThat(c.documents).hasSizeBetween(100, 1999);
    assertThat(c.ids().get(0)).isEqualTo("n1");
    Rejection r = c.rejections.get(c.rejections.size() - 1);
    assertThat(r.reason()).isEqualTo(Rejection.Reason.TRUNCATED);
    assertThat(r.record()).isEqualTo("line " + (c.documents.size() + 1));
    assertThat(r.message()).contains("ends early");
  }

  @Test
  void invalidUtf8LineIsAnEncodingRejection() {
    byte[] bad = "{\"id\":\"a\",\"text\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Collected c = Collected.stream("x.jsonl", bad);
    assertThat(c.onlyRejection().reason()).isEqualTo(Rejection.Reason.ENCODING);
    assertThat(c.onlyRejection().message()).contains("line 1").contains("UTF-8");
  }

  @Test
  void utf8ByteOrderMarkIsSkippedAndUtf16IsRefused() {
    byte[] line = "{\"id\":\"a\",\"text\":\"t\"}".getBytes(UTF_8);
    byte[] bom = new byte[line.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(line, 0, bom, 3, line.length);
    assertThat(Collected.stream("x.jsonl", bom).only().id()).isEqualTo("a");
    byte[] utf16 = ("\uFEFF{\"id\":\"a\",\"text\":\"t\"}").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Rejection r = Collected.stream("x.jsonl", utf16).onlyRejection();
    assertThat(r.reason()).isEqualTo(Rejection.Reason.ENCODING);
  }

  @Test
  void aPrettyPrintedJsonFileIsOneRejectionNotOnePerLine() {
    String pretty = "{\n  \"id\": \"a\",\n  \"text\": \"t\"\n}\n";
    Rejection r = Collected.stream("article.json", pretty.getBytes(UTF_8)).onlyRejection();
    assertThat(r.reason()).isEqualTo(Rejection.Reason.MALFORMED);
    assertThat(r.record()).isNull();
    assertThat(r.message()).contains("spans several lines");
  }

  @Test
  void givesUpOnAFileWhoseFirstLinesAreAllBad() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append("{broken ").append(i).append('\n');
    }
    Collected c = Collected.stream("log.jsonl", sb.toString().getBytes(UTF_8));
    assertThat(c.rejections).hasSize(21);
    assertThat(c.rejections.get(20).message()).contains("not JSON Lines");
  }

  @Test
  void readingTwiceGivesTheSameIdsAndHashes() {
    byte[] bytes = Collected.fixture("articles.jsonl");
    Collected a = Collected.stream("articles.jsonl", bytes);
    Collected b = Collected.stream("articles.jsonl", bytes);
    assertThat(b.documents).isEqualTo(a.documents);
  }
}
