package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: arguments, directories, patterns, standard input, and bad input of every kind. */
class IngestorTest {

  @TempDir
  Path dir;

  private static final byte[] TEXT = "A page of news text.\n".getBytes(UTF_8);
  private static final byte[] JSONL =
      "{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n".getBytes(UTF_8);

  private void tree() throws IOException {
    Collected.write(dir.resolve("root/b.txt"), TEXT);
    Collected.write(dir.resolve("root/a.html"), "<html><body><p>x</p></body></html>".getBytes(UTF_8));
    Collected.write(dir.resolve("root/.hidden.txt"), TEXT);
    Collected.write(dir.resolve("root/.git/HEAD"), TEXT);
    Collected.write(dir.resolve("root/sub/c.jsonl"), JSONL);
    Collected.write(dir.resolve("root/sub/deeper/d.txt"), TEXT);
    Collected.write(dir.resolve("root/sub/deeper/deepest/e.txt"), TEXT);
  }

  @Test
  void readsADirectoryRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
    tree();
    Collected c = Collected.args(dir, "root");
    assertThat(c.documents).extracting(SourceDocument::sourceFile, SourceDocument::id).containsExactly(
        tuple("root/a.html", "a.html"),
        tuple("root/b.txt", "b.txt"),
        tuple("root/sub/c.jsonl", "j1"),
        tuple("root/sub/c.jsonl", "j2"),
        tuple("root/sub/deeper/d.txt", "d.txt"),
        tuple("root/sub/deeper/deepest/e.txt", "e.txt"));
    assertThat(c.rejections).isEmpty();
    assertThat(Collected.args(dir, "root/").sourceFiles()).startsWith("root/a.html");
  }

  @Test
  void directoriesDeeperThanTheLimitAreNotEnteredAndSaidSo() throws IOException {
    tree();
    Collected c = Collected.args(Collected.limits(1 << 20, 1 << 20, 2), dir, List.of("root"));
    assertThat(c.sourceFiles()).doesNotContain("root/sub/deeper/deepest/e.txt").contains("root/sub/deeper/d.txt");
    assertThat(c.warnings).singleElement().satisfies(w -> {
      assertThat(w.sourceFile()).isEqualTo("root/sub/deeper/deepest");
      assertThat(w.message()).contains("depth limit of 2");
    });
  }

  @Test
  void symbolicLinkLoopsAreNotFollowed() throws IOException {
    tree();
    Files.createSymbolicLink(dir.resolve("root/sub/loop"), dir.resolve("root"));
    Collected c = Collected.args(dir, "root");
    assertThat(c.documents).hasSize(6);
    assertThat(c.warnings).singleElement().extracting(IngestWarning::message).asString().contains("loops back");
  }

  @Test
  void aBrokenSymbolicLinkInADirectoryIsNotFound() throws IOException {
    Collected.write(dir.resolve("d/a.txt"), TEXT);
    Files.createSymbolicLink(dir.resolve("d/b.txt"), dir.resolve("nowhere.txt"));
    Collected c = Collected.args(dir, "d");
    assertThat(c.ids()).containsExactly("a.txt");
    assertThat(c.rejections).extracting(Rejection::sourceFile, Rejection::reason)
        .containsExactly(tuple("d/b.txt", Rejection.Reason.NOT_FOUND));
  }

  @Test
  void expandsPatternsTheShellLeftQuoted() throws IOException {
    tree();
    assertThat(Collected.args(dir, "root/**/*.txt").sourceFiles()).containsExactly(
        "root/b.txt", "root/sub/deeper/d.txt", "root/sub/deeper/deepest/e.txt");
    assertThat(Collected.args(dir, "root/*.{html,txt}").sourceFiles()).containsExactly("root/a.html", "root/b.txt");
    assertThat(Collected.args(dir, "root/sub/*/d.txt").sourceFiles()).containsExactly("root/sub/deeper/d.txt");
    Collected.write(dir.resolve("top.txt"), TEXT);
    assertThat(Collected.args(dir, "*.txt").sourceFiles()).containsExactly("top.txt");
    String absolute = dir.resolve("root").toString() + "/*.txt";
    assertThat(Collected.args(Path.of("/"), absolute).sourceFiles()).containsExactly(dir.resolve("root/b.txt").toString());
  }

  @Test
  void aPatternThatMatchesNothingIsNotFound() throws IOException {
    tree();
    Rejection r = Collected.args(dir, "root/*.pdf").onlyRejection();
    assertThat(r).extracting(Rejection::sourceFile, Rejection::reason)
        .containsExactly("root/*.pdf", Rejection.Reason.NOT_FOUND);
    assertThat(r.message()).contains("no file matches");
    assertThat(Collected.args(dir, "nodir/*.txt").onlyRejection().message()).contains("not a directory");
  }

  @Test
  void aFileWhoseNameLooksLikeAPatternIsReadAsItIs() throws IOException {
    Collected.write(dir.resolve("report[1].txt"), TEXT);
    assertThat(Collected.args(dir, "report[1].txt").only().id()).isEqualTo("report[1].txt");
  }

  @Test
  void readsStandardInputOnceAndKeepsTheOrderOfArguments() throws IOException {
    Collected.write(dir.resolve("a.txt"), TEXT);
    Collected c = new Collected();
    new Ingestor(Collected.DEFAULTS, dir, () -> new ByteArrayInputStream(JSONL))
        .read(List.of("a.txt", "-", "missing.txt", "-"), c::accept, c.warnings::add);
    assertThat(c.sourceFiles()).containsExactly("a.txt", "-", "-", "missing.txt", "-");
    assertThat(c.ids()).containsExactly("a.txt", "j1", "j2");
    assertThat(c.rejections).extracting(Rejection::sourceFile, Rejection::reason).containsExactly(
        tuple("missing.txt", Rejection.Reason.NOT_FOUND), tuple("-", Rejection.Reason.INVALID));
  }

  @Test
  void aSingleDocumentOnStandardInputIsCalledStdin() {
    Collected c = new Collected();
    new Ingestor(Collected.DEFAULTS, dir, () -> new ByteArrayInputStream(TEXT)).read(List.of("-"), c::accept);
    assertThat(c.only()).extracting(SourceDocument::id, SourceDocument::sourceFile).containsExactly("stdin", "-");
  }

  @Test
  void theCallersStreamIsNotClosed() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(GzipStreamTest.gzip(TEXT)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Collected c = new Collected();
    new Ingestor(Collected.DEFAULTS).read("fixture.txt.gz", in, c::accept);
    assertThat(c.only().content()).isEqualTo("A page of news text.\n");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void badInputOfEveryKindIsOneRejectionAndTheBatchGoesOn() throws IOException {
    Collected.write(dir.resolve("0-empty.txt"), new byte[0]);
    Collected.write(dir.resolve("1-blank.txt"), " \n\t\u00a0\n".getBytes(UTF_8));
    Collected.write(dir.resolve("2-binary.bin"), new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
    Collected.write(dir.resolve("3-doc.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(UTF_8));
    Collected.write(dir.resolve("4-img.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
    Collected.write(dir.resolve("5-img.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});
    Collected.write(dir.resolve("6-img.gif"), "GIF89a\u0001\u0000".getBytes(UTF_8));
    Collected.write(dir.resolve("7-archive.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    byte[] gz = GzipStreamTest.gzip("x".repeat(10_000).getBytes(UTF_8));
    Collected.write(dir.resolve("8-cut.txt.gz"), Arrays.copyOf(gz, gz.length - 12));
    Collected.write(dir.resolve("9-empty.gz"), GzipStreamTest.gzip(new byte[0]));
    Collected.write(dir.resolve("a-good.txt"), TEXT);
    Collected c = Collected.args(dir, ".", "missing.txt");
    assertThat(c.ids()).containsExactly("a-good.txt");
    assertThat(c.rejections).extracting(Rejection::sourceFile, Rejection::reason).containsExactly(
        tuple("./0-empty.txt", Rejection.Reason.EMPTY),
        tuple("./1-blank.txt", Rejection.Reason.EMPTY),
        tuple("./2-binary.bin", Rejection.Reason.BINARY),
        tuple("./3-doc.pdf", Rejection.Reason.UNSUPPORTED),
        tuple("./4-img.png", Rejection.Reason.UNSUPPORTED),
        tuple("./5-img.jpg", Rejection.Reason.UNSUPPORTED),
        tuple("./6-img.gif", Rejection.Reason.UNSUPPORTED),
        tuple("./7-archive.zip", Rejection.Reason.UNSUPPORTED),
        tuple("./8-cut.txt.gz", Rejection.Reason.TRUNCATED),
        tuple("./9-empty.gz", Rejection.Reason.EMPTY),
        tuple("missing.txt", Rejection.Reason.NOT_FOUND));
    assertThat(c.rejections.get(3).message()).contains("a PDF document");
    assertThat(c.rejections.get(4).message()).contains("a PNG image");
    assertThat(c.rejections.get(5).message()).contains("a JPEG image");
    assertThat(c.rejections.get(6).message()).contains("a GIF image");
    assertThat(c.rejections.get(7).message()).contains("ZIP");
    assertThat(c.rejections).allSatisfy(r -> assertThat(r.oneLine()).startsWith(r.sourceFile() + ": "));
  }

  @Test
  void aHugeFileIsRefusedWithoutBeingLoaded() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write("News text at the start of a very large file.\n".repeat(400).getBytes(UTF_8));
      f.setLength(200L * 1024 * 1024); // sparse: the rest reads as NUL, far beyond the limit
    }
    Collected c = Collected.args(Collected.limits(1 << 20, 1 << 20, 4), dir, List.of("big.txt"));
    assertThat(c.onlyRejection()).extracting(Rejection::reason).isEqualTo(Rejection.Reason.TOO_LARGE);
    assertThat(c.onlyRejection().message()).contains("limit of 1048576 bytes");
  }

  @Test
  void aHugeStreamIsReadOnlyUpToTheLimitAndALittleMore() {
    long limit = 1 << 20;
    CountingText endless = new CountingText();
    Collected c = new Collected();
    new Ingestor(Collected.limits(limit, limit, 4)).read("endless.txt", endless, c::accept);
    assertThat(c.onlyRejection().reason()).isEqualTo(Rejection.Reason.TOO_LARGE);
    assertThat(endless.served).isBetween(limit, limit + 128 * 1024);
  }

  @Test
  void anIoErrorIsARejectionNamingTheInput() {
    InputStream failing = new InputStream() {
      private int n;

      @Override
      public int read() throws IOException {
        if (n++ > 20_000) {
          throw new IOException("device error");
        }
        return 'a';
      }
    };
    Collected c = new Collected();
    new Ingestor(Collected.DEFAULTS).read("disk.txt", failing, c::accept);
    assertThat(c.onlyRejection()).extracting(Rejection::sourceFile, Rejection::reason)
        .containsExactly("disk.txt", Rejection.Reason.IO);
    assertThat(c.onlyRejection().message()).contains("device error");
  }

  @Test
  void anExceptionFromTheSinkPassesThrough() throws IOException {
    Collected.write(dir.resolve("a.txt"), TEXT);
    Ingestor ingestor = new Ingestor(Collected.DEFAULTS, dir, InputStream::nullInputStream);
    assertThatThrownBy(() -> ingestor.read(List.of("a.txt"), r -> {
      throw new IllegalStateException("sink full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
  }

  @Test
  void anExceptionFromTheSinkOrTheWarningConsumerPassesThroughEveryReader() throws IOException {
    Ingestor ingestor = new Ingestor(Collected.DEFAULTS);
    List<byte[]> inputs = List.of(TEXT, JSONL, Collected.fixture("feed-rss2.xml"),
        WarcFileReaderTest.warc(org.netpreserve.jwarc.WarcCompression.GZIP, WarcFileReaderTest.crawl()));
    for (byte[] input : inputs) {
      assertThatThrownBy(() -> ingestor.read("in", new ByteArrayInputStream(input), r -> {
        throw new IllegalStateException("sink full");
      })).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
    }
    assertThatThrownBy(() -> ingestor.read("in", new ByteArrayInputStream(Collected.fixture("feed-malformed.xml")),
        r -> { }, w -> {
          throw new IllegalStateException("no warnings please");
        })).isInstanceOf(IllegalStateException.class).hasMessage("no warnings please");
  }

  @Test
  void rereadingGivesIdenticalIdsAndHashes() throws IOException {
    tree();
    assertThat(Collected.args(dir, "root").documents).isEqualTo(Collected.args(dir, "root").documents);
  }

  @Test
  void emptyArgumentsAndBadConfigurationAreClear() {
    Collected c = Collected.args(dir, "");
    assertThat(c.onlyRejection().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
    assertThatThrownBy(() -> new Ingestor(Collected.limits(0, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentBytes");
  }

  /** Endless text, counting what it served. */
  private static final class CountingText extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 'a');
      served += len;
      return len;
    }
  }
}
