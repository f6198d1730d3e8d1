package org.trucewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Every fixture, cut short at many points and with bytes flipped (a seeded generator, so a failure repeats), must give
 * documents and rejections that name their input, and never an exception.
 */
class IngestorRobustnessTest {

  private static final long SEED = 20201010L;

  private static List<byte[]> inputs() throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    for (String name : new String[] {"feed-rss2.xml", "feed-rss1.rdf", "feed-atom.xml", "articles.jsonl",
        "page-windows-1251.html", "text-utf16le-bom.txt"}) {
      byte[] b = Collected.fixture(name);
      inputs.add(b);
      inputs.add(GzipStreamTest.gzip(b));
    }
    inputs.add(WarcFileReaderTest.warc(WarcCompression.NONE, WarcFileReaderTest.crawl()));
    return inputs;
  }

  private static void assertReadsCleanly(byte[] bytes, String what) {
    Collected c = new Collected();
    assertThatCode(() -> new Ingestor(Collected.DEFAULTS).read("in.dat", new java.io.ByteArrayInputStream(bytes),
        c::accept, c.warnings::add)).as(what).doesNotThrowAnyException();
    assertThat(c.results).as(what).allSatisfy(r -> {
      if (r instanceof IngestResult.Rejected rej) {
        assertThat(rej.rejection().sourceFile()).isEqualTo("in.dat");
        assertThat(rej.rejection().message()).isNotBlank().doesNotContain("cannot be parsed (");
      } else {
        assertThat(((IngestResult.Read) r).document().sourceFile()).isEqualTo("in.dat");
      }
    });
    assertThat(c.results.size() + c.warnings.size()).as(what + ": something is said of every input").isPositive();
  }

  @Test
  void cutShortAnywhereItNeverThrows() throws Exception {
    Random random = new Random(SEED);
    for (byte[] input : inputs()) {
      for (int i = 0; i < 40; i++) {
        int cut = 1 + random.nextInt(input.length - 1);
        assertReadsCleanly(Arrays.copyOf(input, cut), "cut at " + cut);
      }
    }
  }

  @Test
  void withBytesFlippedItNeverThrows() throws Exception {
    Random random = new Random(SEED);
    for (byte[] input : inputs()) {
      for (int i = 0; i < 40; i++) {
        byte[] noisy = input.clone();
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          noisy[random.nextInt(noisy.length)] = (byte) random.nextInt(256);
        }
        assertReadsCleanly(noisy, "flipped, round " + i);
      }
    }
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(SEED);
    for (int i = 0; i < 200; i++) {
      byte[] noise = new byte[1 + random.nextInt(4000)];
      random.nextBytes(noise);
      assertReadsCleanly(noise, "noise " + i);
    }
  }
}
