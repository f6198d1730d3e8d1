package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Input an attacker or an unlucky user hands the readers (issue 11, items 4, 5 and 8). */
class HostileInputTest {

  @TempDir
  Path dir;

  private static final String PAGE = "<html><body><p>The truce collapsed on Monday.</p></body></html>";

  private static WarcRecord response(int n) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
        .body(MediaType.HTML, PAGE.getBytes(UTF_8)).build();
    return new WarcResponse.Builder(URI.create("https://x.example/" + n)).recordId(new UUID(0, n)).body(http).build();
  }

  /** Three records with the middle one's Content-Length replaced by {@code length}. */
  private static byte[] threeRecordsWithLength(String length) throws IOException {
    String file = new String(WarcFileReaderTest.warc(WarcCompression.NONE,
        List.of(response(1), response(2), response(3))), ISO_8859_1);
    int second = file.indexOf("WARC/1.", file.indexOf("urn:uuid:" + new UUID(0, 2)) - 300);
    int header = file.indexOf("Content-Length: ", second);
    int eol = file.indexOf("\r\n", header);
    return (file.substring(0, header) + "Content-Length: " + length + file.substring(eol)).getBytes(ISO_8859_1);
  }

  @Test
  void aWarcRecordWithATooLongLengthCostsOnlyItself() throws IOException {
    Collected c = Collected.stream("x.warc", threeRecordsWithLength("500"));
    assertThat(c.ids()).containsExactly("https://x.example/1", "https://x.example/3");
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.MALFORMED);
      assertThat(r.message()).contains("Content-Length (500) does not match").contains("reading resumed");
    });
  }

  @Test
  void aWarcRecordWithALengthPastTheEndCostsOnlyItself() throws IOException {
    Collected c = Collected.stream("x.warc", threeRecordsWithLength("900000"));
    assertThat(c.ids()).containsExactly("https://x.example/1", "https://x.example/3");
    assertThat(c.rejections).singleElement().extracting(Rejection::message).asString()
        .contains("runs past the end of the file").contains("reading resumed");
  }

  @Test
  void aWarcRecordWithATooShortOrNegativeLengthCostsOnlyItself() throws IOException {
    for (String length : List.of("20", "-5", "12x")) {
      Collected c = Collected.stream("x.warc", threeRecordsWithLength(length));
      assertThat(c.ids()).as(length).containsExactly("https://x.example/1", "https://x.example/3");
      assertThat(c.rejections).as(length).singleElement().satisfies(r -> {
        assertThat(r.reason()).isEqualTo(Rejection.Reason.MALFORMED);
        assertThat(r.record()).isEqualTo("<urn:uuid:" + new UUID(0, 2) + ">");
        assertThat(r.message()).doesNotContain("Exception").contains("reading resumed");
      });
    }
    assertThat(Collected.stream("x.warc", threeRecordsWithLength("-5")).rejections.get(0).message())
        .contains("invalid Content-Length '-5'");
  }

  @Test
  void garbageBeforeAWarcRecordIsSkippedToTheNextHeader() throws IOException {
    byte[] good = WarcFileReaderTest.warc(WarcCompression.NONE, List.of(response(1), response(2)));
    String s = new String(good, ISO_8859_1);
    int second = s.indexOf("WARC/1.", 10);
    byte[] file = (s.substring(0, second) + "garbage\r\nmore garbage\r\n" + s.substring(second)).getBytes(ISO_8859_1);
    Collected c = Collected.stream("x.warc", file);
    assertThat(c.ids()).containsExactly("https://x.example/1", "https://x.example/2");
    assertThat(c.rejections).singleElement().extracting(Rejection::message).asString()
        .contains("no WARC record header");
  }

  @Test
  void aFloatingPointIdIsRejectedWithAMessage() {
    Collected c = Collected.stream("a.jsonl", ("{\"id\": 1e400, \"text\": \"Shelling on Monday.\"}\n"
        + "{\"id\": 12, \"text\": \"Shelling on Tuesday.\"}\n").getBytes(UTF_8));
    assertThat(c.ids()).containsExactly("12");
    assertThat(c.rejections).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.INVALID);
      assertThat(r.message()).contains("'id'").contains("not an integer").doesNotContain("Infinity");
    });
  }

  @Test
  void garbagePublishedValuesAreWarnedNamingTheRecord() {
    List<String> garbage = List.of("\"yesterday\"", "\"2020-13-45\"", "\"2020-02-30\"", "\"0000-00-00\"",
        "\"not a date\"", "\"1603000000\"", "1603000000", "-1", "true", "\"NaN\"", "\"1850-01-01\"",
        "\"2999-01-01\"", "{\"d\": 1}", "[2020, 10, 14]");
    StringBuilder lines = new StringBuilder();
    for (String g : garbage) {
      lines.append("{\"id\": \"a").append(lines.length()).append("\", \"published\": ").append(g)
          .append(", \"text\": \"Shelling.\"}\n");
    }
    lines.append("{\"id\": \"good\", \"published\": \"2020-10-14\", \"text\": \"Shelling.\"}\n");
    Collected c = Collected.stream("a.jsonl", lines.toString().getBytes(UTF_8));
    assertThat(c.documents).hasSize(garbage.size() + 1);
    assertThat(c.warnings).hasSize(garbage.size());
    assertThat(c.warnings).extracting(IngestWarning::record).doesNotContainNull().doesNotContain("line 15");
    assertThat(c.warnings).allSatisfy(w -> assertThat(w.message()).contains("'published'"));
  }

  @Test
  void anAtomEntryWithOnlyUpdatedIsDatedByIt() {
    String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title>"
        + "<entry><id>urn:x:1</id><title>T</title><updated>2020-10-14T10:00:00Z</updated>"
        + "<content>Shelling was reported.</content></entry>"
        + "<entry><id>urn:x:2</id><title>T</title><updated>2020-10-16T10:00:00Z</updated>"
        + "<published>2020-10-15T10:00:00Z</published><content>More shelling.</content></entry></feed>";
    Collected c = Collected.stream("f.xml", atom.getBytes(UTF_8));
    assertThat(c.documents).extracting(d -> d.hints().published())
        .containsExactly("2020-10-14T10:00:00Z", "2020-10-15T10:00:00Z");
  }

  @Test
  void aSymbolicLinkOutOfTheInputDirectoryIsNotFollowed() throws IOException {
    Path secret = dir.resolve("outside/passwd");
    Collected.write(secret, "root:x:0:0:root:/root:/bin/bash\n".getBytes(UTF_8));
    Collected.write(dir.resolve("crawl/a.txt"), "A page of news text.\n".getBytes(UTF_8));
    Files.createSymbolicLink(dir.resolve("crawl/passwd.txt"), secret);
    Files.createSymbolicLink(dir.resolve("crawl/etc"), secret.getParent());
    Files.createSymbolicLink(dir.resolve("crawl/inside.txt"), dir.resolve("crawl/a.txt"));
    Collected c = Collected.args(dir, "crawl");
    assertThat(c.ids()).containsExactly("a.txt", "inside.txt");
    assertThat(c.warnings).extracting(IngestWarning::sourceFile).containsExactly("crawl/etc", "crawl/passwd.txt");
    assertThat(c.warnings).allSatisfy(w -> assertThat(w.message()).contains("outside the input directory"));
    assertThat(Collected.args(dir, "crawl/*.txt").ids()).containsExactly("a.txt", "inside.txt");
  }

  @Test
  void anUnreadableFileIsPermissionDenied() throws IOException {
    Path f = dir.resolve("locked.txt");
    Collected.write(f, "A page of news text.\n".getBytes(UTF_8));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "this user (root) reads every file: nothing to deny");
    Collected c = Collected.args(dir, "locked.txt");
    assertThat(c.rejections).extracting(Rejection::reason, Rejection::message)
        .containsExactly(tuple(Rejection.Reason.PERMISSION_DENIED, "cannot be opened: the file is not readable by"
            + " this user"));
    assertThat(c.rejections.get(0).oneLine()).contains("permission denied");
  }

  @Test
  void oneInvalidByteInUtf8IsReplacedNotMojibake() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("Azerbaijan’s Foreign Ministry said the shelling of Ganja left nine dead. ".repeat(20).getBytes(UTF_8));
    b.write(0xFF);
    b.writeBytes(" Armenia’s ministry denied it.\n".getBytes(UTF_8));
    Collected c = Collected.stream("page.txt", b.toByteArray());
    assertThat(c.only().content()).contains("Azerbaijan’s").contains("\uFFFD Armenia’s").doesNotContain("â€");
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString()
        .contains("1 invalid byte(s)").contains("UTF-8");
  }

  @Test
  void windows1252TextIsStillWindows1252() {
    byte[] b = "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9: Azerbaijan\u2019s statement.\n".getBytes(TextDecoder.WINDOWS_1252);
    Collected c = Collected.stream("page.txt", b);
    assertThat(c.only().content()).contains("Café crème").contains("Azerbaijan’s");
  }
}
