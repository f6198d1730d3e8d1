package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trucewatch.ingest.TextDecoder.Markup.HTML;
import static org.trucewatch.ingest.TextDecoder.Markup.NONE;
import static org.trucewatch.ingest.TextDecoder.Markup.XML;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static TextDecoder.Decoded decode(byte[] b, String declared, TextDecoder.Markup markup) throws IngestException {
    return TextDecoder.decode(b, b.length, declared, markup);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void byteOrderMarksWinAndAreRemoved() throws Exception {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Şuşa".getBytes(UTF_8));
    assertThat(decode(utf8, "windows-1251", HTML).text()).isEqualTo("Şuşa");
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ağdam".getBytes(UTF_16LE));
    assertThat(decode(le, null, NONE).text()).isEqualTo("Ağdam");
    assertThat(decode(le, null, NONE).charset()).isEqualTo(UTF_16LE);
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Ağdam".getBytes(UTF_16BE));
    assertThat(decode(be, null, NONE).text()).isEqualTo("Ağdam");
    byte[] utf32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "Tərtər".getBytes(Charset.forName("UTF-32BE")));
    assertThat(decode(utf32, null, NONE).text()).isEqualTo("Tərtər");
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() throws Exception {
    byte[] le = "The truce held through the night.".getBytes(UTF_16LE);
    assertThat(decode(le, null, NONE).text()).isEqualTo("The truce held through the night.");
    byte[] be = "The truce held through the night.".getBytes(UTF_16BE);
    assertThat(decode(be, null, NONE).charset()).isEqualTo(UTF_16BE);
  }

  @Test
  void containerDeclarationIsUsed() throws Exception {
    byte[] b = "Обстрел сёл".getBytes(CP1251);
    TextDecoder.Decoded d = decode(b, "windows-1251", NONE);
    assertThat(d.text()).isEqualTo("Обстрел сёл");
    assertThat(d.warning()).isNull();
  }

  @Test
  void metaCharsetAndHttpEquivAndXmlDeclarationAreRead() throws Exception {
    String body = "<p>Обстрел сёл</p>";
    for (String head : new String[] {
        "<meta charset=\"windows-1251\">",
        "<meta charset=windows-1251>",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"}) {
      byte[] b = ("<html><head>" + head + "</head><body>" + body + "</body></html>").getBytes(CP1251);
      assertThat(decode(b, null, HTML).text()).as(head).contains(body);
    }
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss>" + body + "</rss>").getBytes(CP1251);
    assertThat(decode(xml, null, HTML).text()).contains(body);
  }

  @Test
  void inXmlOnlyTheXmlDeclarationCounts() throws Exception {
    byte[] feed = "<rss><item><description>&lt;meta charset=koi8-r&gt; Füzuli</description></item></rss>"
        .replace("&lt;", "<").replace("&gt;", ">").getBytes(UTF_8);
    assertThat(decode(feed, null, XML).text()).contains("Füzuli");
    assertThat(decode(feed, null, HTML).warning()).contains("UTF-8");
  }

  @Test
  void containerDeclarationComesBeforeThePagesOwn() throws Exception {
    byte[] b = "<meta charset=\"koi8-r\"><p>Обстрел</p>".getBytes(CP1251);
    assertThat(decode(b, "windows-1251", HTML).text()).contains("Обстрел");
  }

  @Test
  void latin1AndAsciiLabelsMeanWindows1252AsInBrowsers() throws Exception {
    byte[] b = "<meta charset=\"iso-8859-1\"><p>“Quoted” – dash</p>".getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = decode(b, null, HTML);
    assertThat(d.text()).contains("“Quoted” – dash");
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void unknownDeclaredCharsetIsNotFatal() throws Exception {
    TextDecoder.Decoded d = decode("Füzuli and Ağdam".getBytes(UTF_8), "x-no-such-charset", NONE);
    assertThat(d.text()).isEqualTo("Füzuli and Ağdam");
    assertThat(d.warning()).contains("'x-no-such-charset' is unknown").contains("UTF-8");
    TextDecoder.Decoded meta = decode("<meta charset=\"bogus-9\"><p>Füzuli</p>".getBytes(UTF_8), null, HTML);
    assertThat(meta.text()).contains("Füzuli");
    assertThat(meta.warning()).contains("'bogus-9' is unknown");
  }

  @Test
  void legacyDeclarationOverUtf8BytesIsTakenAsUtf8() throws Exception {
    TextDecoder.Decoded d = decode("<meta charset=\"iso-8859-1\"><p>Xankəndi</p>".getBytes(UTF_8), null, HTML);
    assertThat(d.text()).contains("Xankəndi");
    assertThat(d.warning()).contains("the bytes are UTF-8");
  }

  @Test
  void declaredUtf8OverLatin1BytesFallsBackToSniffing() throws Exception {
    byte[] b = "Le ministère de la Défense a déclaré que le cessez-le-feu était violé.".getBytes(ISO_8859_1);
    TextDecoder.Decoded d = decode(b, "utf-8", NONE);
    assertThat(d.text()).isEqualTo("Le ministère de la Défense a déclaré que le cessez-le-feu était violé.");
    assertThat(d.warning()).contains("not valid UTF-8");
  }

  @Test
  void sniffsUtf8ThenTheDetectorThenWindows1252() throws Exception {
    assertThat(decode("Ağdam".getBytes(UTF_8), null, NONE).charset()).isEqualTo(UTF_8);
    String ru = "Министерство обороны заявило, что азербайджанские силы нанесли удар по двум военным объектам.";
    assertThat(decode(ru.getBytes(CP1251), null, NONE).text()).isEqualTo(ru);
    String fr = "Le cessez-le-feu a été violé à plusieurs reprises, selon le ministère de la Défense arménien.";
    TextDecoder.Decoded d = decode(fr.getBytes(ISO_8859_1), null, NONE);
    assertThat(d.text()).isEqualTo(fr);
    assertThat(d.warning()).isNull();
  }

  @Test
  void normalisesLineEndingsAndStripsNul() throws Exception {
    assertThat(decode("a\r\nb\rc\nd\u0000e".getBytes(UTF_8), null, NONE).text()).isEqualTo("a\nb\nc\nde");
    assertThat(TextDecoder.normalise("\uFEFFx\r\n")).isEqualTo("x\n");
    assertThat(TextDecoder.normalise("plain")).isSameAs("plain");
  }

  @Test
  void bytesThatDecodeToNoTextAreAnEncodingFailure() {
    // a UTF-16 byte-order mark over a body of lone low surrogates: no character in it is text
    byte[] b = new byte[2 + 40];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    for (int i = 2; i < b.length; i += 2) {
      b[i + 1] = (byte) 0xDC;
    }
    assertThatThrownBy(() -> decode(b, null, NONE))
        .isInstanceOfSatisfying(IngestException.class,
            e -> assertThat(e.reason()).isEqualTo(Rejection.Reason.ENCODING))
        .hasMessageContaining("UTF-16LE");
  }

  @Test
  void validatesUtf8Strictly() {
    assertThat(TextDecoder.isValidUtf8("ascii".getBytes(UTF_8), 0, 5, true)).isTrue();
    assertThat(valid(0xC3, 0xA9)).isTrue();
    assertThat(valid(0xC0, 0xAF)).as("overlong").isFalse();
    assertThat(valid(0xE0, 0x80, 0xAF)).as("overlong").isFalse();
    assertThat(valid(0xED, 0xA0, 0x80)).as("surrogate").isFalse();
    assertThat(valid(0xF4, 0x90, 0x80, 0x80)).as("above U+10FFFF").isFalse();
    assertThat(valid(0xF0, 0x9F, 0x98, 0x80)).isTrue();
    assertThat(valid(0xE2, 0x82)).as("cut off").isFalse();
    byte[] cut = {(byte) 0xE2, (byte) 0x82};
    assertThat(TextDecoder.isValidUtf8(cut, 0, 2, false)).as("cut off at the end of a head").isTrue();
  }

  @Test
  void resolvesLabelsAsBrowsersDo() {
    assertThat(TextDecoder.resolve("ISO-8859-1", false).name()).isEqualTo("windows-1252");
    assertThat(TextDecoder.resolve(" \"utf8\" ", false)).isEqualTo(UTF_8);
    assertThat(TextDecoder.resolve("utf-16", true)).as("a UTF-16 label readable in ASCII").isEqualTo(UTF_8);
    assertThat(TextDecoder.resolve("gb2312", false).name()).isEqualTo("GBK");
    assertThat(TextDecoder.resolve("no-such", false)).isNull();
    assertThat(TextDecoder.resolve("", false)).isNull();
  }

  private static boolean valid(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return TextDecoder.isValidUtf8(b, 0, b.length, true);
  }
}
