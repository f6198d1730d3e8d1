package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Text and HTML pages, one document a file, read through {@link Ingestor#read(String, InputStream, java.util.function.Consumer)}. */
class SingleDocumentReaderTest {

  @Test
  void plainTextPageIsOneTextDocumentNamedByItsFile() {
    byte[] bytes = "Headline\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n".getBytes(UTF_8);
    SourceDocument d = Collected.stream("in/000_9810f678411d9058.txt", bytes).only();
    assertThat(d.id()).isEqualTo("000_9810f678411d9058.txt");
    assertThat(d.sourceFile()).isEqualTo("in/000_9810f678411d9058.txt");
    assertThat(d.record()).isNull();
    assertThat(d.type()).isEqualTo(ContentType.TEXT);
    assertThat(d.content()).isEqualTo("Headline\n\nFirst paragraph.\nSecond paragraph.\n");
    assertThat(d.sha256()).isEqualTo(Collected.sha256(bytes));
    assertThat(d.hints()).isEqualTo(DocumentHints.NONE);
  }

  @Test
  void htmlPageIsOneHtmlDocument() {
    byte[] bytes = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body></html>".getBytes(UTF_8);
    SourceDocument d = Collected.stream("page.txt", bytes).only();
    assertThat(d.type()).isEqualTo(ContentType.HTML);
    assertThat(d.content()).isEqualTo(new String(bytes, UTF_8));
  }

  @Test
  void windows1251DeclaredByMeta() {
    SourceDocument d = Collected.stream("page-windows-1251.html", Collected.fixture("page-windows-1251.html")).only();
    assertThat(d.type()).isEqualTo(ContentType.HTML);
    assertThat(d.content()).contains("<title>Обстрел приграничных сёл</title>")
        .contains("назвала эти сообщения «абсолютно ложными»");
  }

  @Test
  void utf16WithByteOrderMark() {
    SourceDocument d = Collected.stream("text-utf16le-bom.txt", Collected.fixture("text-utf16le-bom.txt")).only();
    assertThat(d.content()).startsWith("Ceasefire talks\n\nThe foreign ministers met in Geneva on Friday – the first")
        .contains("„Wir hoffen auf Frieden“").doesNotContain("\r").doesNotContain("\uFEFF");
  }

  @Test
  void latin1WithoutDeclaration() {
    Collected c = Collected.stream("text-latin1.txt", Collected.fixture("text-latin1.txt"));
    assertThat(c.only().content()).contains("Le cessez-le-feu a été violé à plusieurs reprises")
        .contains("« C'est complètement faux »");
    assertThat(c.warnings).isEmpty();
  }

  @Test
  void unknownDeclaredCharsetIsAWarningNotARejection() {
    Collected c = Collected.stream("page-unknown-charset.html", Collected.fixture("page-unknown-charset.html"));
    assertThat(c.only().content()).contains("Ağdam, Füzuli");
    assertThat(c.warnings).singleElement().satisfies(w -> {
      assertThat(w.sourceFile()).isEqualTo("page-unknown-charset.html");
      assertThat(w.message()).contains("'x-no-such-charset' is unknown");
      assertThat(w.oneLine()).startsWith("page-unknown-charset.html: warning: declared charset");
    });
  }

  @Test
  void mislabelledUtf8IsReadAsUtf8WithAWarning() {
    Collected c = Collected.stream("m.html", Collected.fixture("page-mislabelled-utf8.html"));
    assertThat(c.only().content()).contains("Xankəndi, Şuşa, Tərtər");
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString().contains("UTF-8");
  }

  @Test
  void gzipOfATextPageIsDetectedByMagicAndHashedOverItsContent() {
    byte[] text = "A page that was stored compressed.\n".getBytes(UTF_8);
    SourceDocument d = Collected.stream("page.bin", GzipStreamTest.gzip(text)).only();
    assertThat(d.id()).isEqualTo("page.bin");
    assertThat(d.content()).isEqualTo("A page that was stored compressed.\n");
    assertThat(d.sha256()).isEqualTo(Collected.sha256(text));
  }

  @Test
  void gzipInsideGzipIsRead() {
    byte[] text = "twice compressed".getBytes(UTF_8);
    assertThat(Collected.stream("a.txt.gz.gz", GzipStreamTest.gzip(GzipStreamTest.gzip(text))).only().content())
        .isEqualTo("twice compressed");
  }

  @Test
  void nulCharactersAfterTheSniffedHeadAreStripped() {
    byte[] bytes = new byte[Streams.HEAD_BYTES + 10];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[Streams.HEAD_BYTES + 5] = 0;
    assertThat(Collected.stream("a.txt", bytes).only().content()).hasSize(Streams.HEAD_BYTES + 9).doesNotContain("\0");
  }
}
