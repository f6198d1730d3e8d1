package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.ingest.FormatSniffer.Format;

class FormatSnifferTest {

  private static FormatSniffer.Detection sniff(String latin1, String name) {
    byte[] b = latin1.getBytes(ISO_8859_1);
    return FormatSniffer.sniff(b, b.length, name);
  }

  private static Format format(String text, String name) {
    return sniff(text, name).format();
  }

  @Test
  void tellsFormatsByContentWhateverTheExtension() {
    assertThat(format("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.txt")).isEqualTo(Format.WARC);
    assertThat(format("{\"id\": \"1\", \"text\": \"x\"}\n", "articles.txt")).isEqualTo(Format.JSON_LINES);
    assertThat(format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", "feed.html")).isEqualTo(Format.FEED);
    assertThat(format("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x")).isEqualTo(Format.FEED);
    assertThat(format("<?xml version='1.0'?><!-- c --><?xml-stylesheet href='a'?><rdf:RDF xmlns:rdf='r'>", "x"))
        .isEqualTo(Format.FEED);
    assertThat(format("<!DOCTYPE html><html><body>", "page.txt")).isEqualTo(Format.HTML);
    assertThat(format("  \n<html lang=\"en\">", "noext")).isEqualTo(Format.HTML);
    assertThat(format("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"><html>", "a.xml"))
        .isEqualTo(Format.HTML);
    assertThat(format("News   /   More\n\nArmenia and Azerbaijan trade fire", "a.html")).isEqualTo(Format.TEXT);
  }

  @Test
  void usesTheExtensionOnlyToBreakTies() {
    assertThat(format("Headline\n<p>a paragraph</p>", "a.html")).isEqualTo(Format.HTML);
    assertThat(format("Headline\nx <b>bold</b>", "a.txt")).isEqualTo(Format.TEXT);
    assertThat(format("Headline\n\n<p>a paragraph", "a.txt")).isEqualTo(Format.HTML);
    assertThat(format("not json at all\n{\"id\":1}", "a.jsonl.gz")).isEqualTo(Format.JSON_LINES);
    assertThat(sniff("[{\"id\": 1}]", "a.json").detail()).contains("JSON array");
  }

  @Test
  void aTextThatOnlyStartsWithABraceOrAnAngleBracketIsText() {
    assertThat(format("{Update} Shelling resumed overnight, officials said.", "a")).isEqualTo(Format.TEXT);
    assertThat(format("<< Back to news\n\nShelling resumed.", "a")).isEqualTo(Format.TEXT);
    assertThat(format("{ \"id\": \"1\" }", "a")).isEqualTo(Format.JSON_LINES);
    assertThat(format("{\n  \"id\": \"1\"\n}", "a.json")).isEqualTo(Format.JSON_LINES);
    assertThat(format("{}", "a")).isEqualTo(Format.JSON_LINES);
  }

  @Test
  void recognisesGzipAndKnownBinaryFormats() {
    assertThat(FormatSniffer.sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0}, 4, "a").format()).isEqualTo(Format.GZIP);
    assertThat(sniff("%PDF-1.7\n%\u00e2\u00e3", "a.txt").detail()).isEqualTo("a PDF document");
    assertThat(sniff("\u0089PNG\r\n\u001a\n\u0000\u0000", "a").detail()).isEqualTo("a PNG image");
    assertThat(sniff("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF", "a").detail()).isEqualTo("a JPEG image");
    assertThat(sniff("GIF89a\u0001\u0000", "a").detail()).isEqualTo("a GIF image");
    assertThat(sniff("PK\u0003\u0004\u0014\u0000", "a.docx").detail()).startsWith("a ZIP archive");
    assertThat(sniff("PK\u0003\u0004", "a").format()).isEqualTo(Format.UNSUPPORTED);
  }

  @Test
  void bzip2MagicNeedsItsBlockHeaderNotJustThreeLetters() {
    assertThat(format("BZh, the minister said, was never there.", "a")).isEqualTo(Format.TEXT);
    assertThat(sniff("BZh91AY&SY\u0000", "a").detail()).isEqualTo("bzip2-compressed data");
  }

  @Test
  void nulBytesOrManyControlCharactersAreBinary() {
    assertThat(sniff("text\u0000more", "a.txt").format()).isEqualTo(Format.BINARY);
    assertThat(sniff("a\u0001\u0002\u0003\u0004b\u0005\u0006", "a").detail()).contains("control characters");
    assertThat(format("tab\tseparated\fform feed\u001b[0m", "a")).isEqualTo(Format.TEXT);
  }

  @Test
  void utf16IsTextNotBinary() {
    byte[] le = "<html><body>Hi</body></html>".getBytes(UTF_16LE);
    assertThat(FormatSniffer.sniff(le, le.length, "a").format()).isEqualTo(Format.HTML);
    byte[] bom = new byte[le.length + 2];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, bom, 2, le.length);
    assertThat(FormatSniffer.sniff(bom, bom.length, "a").format()).isEqualTo(Format.HTML);
  }

  @Test
  void emptyAndWhiteSpace() {
    assertThat(FormatSniffer.sniff(new byte[0], 0, "a").format()).isEqualTo(Format.EMPTY);
    byte[] ws = " \n\t ".getBytes(UTF_8);
    assertThat(FormatSniffer.sniff(ws, ws.length, "a").format()).isEqualTo(Format.TEXT);
  }

  @Test
  void extensionIgnoresGzipSuffix() {
    assertThat(FormatSniffer.extension("dir.x/a.JSONL.gz")).isEqualTo("jsonl");
    assertThat(FormatSniffer.extension("dir.x/README")).isEmpty();
  }
}
