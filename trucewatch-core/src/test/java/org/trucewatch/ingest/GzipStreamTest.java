package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipStreamTest {

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(data);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(byte[] gz) throws IOException {
    try (GzipStream in = new GzipStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bo.writeBytes(p);
    }
    return bo.toByteArray();
  }

  @Test
  void readsOneMember() throws IOException {
    byte[] data = "The ceasefire took effect at noon.".getBytes(UTF_8);
    assertThat(readAll(gzip(data))).isEqualTo(data);
  }

  @Test
  void readsConcatenatedMembersAsOneStream() throws IOException {
    byte[] a = "first record\n".getBytes(UTF_8);
    byte[] b = new byte[200_000];
    new Random(7).nextBytes(b);
    assertThat(readAll(concat(gzip(a), gzip(b), gzip(new byte[0]), gzip(a)))).isEqualTo(concat(a, b, a));
  }

  @Test
  void readsMembersFromAStreamThatTricklesOneByteAtATime() throws IOException {
    byte[] a = "one\n".getBytes(UTF_8);
    byte[] b = "two\n".getBytes(UTF_8);
    byte[] gz = concat(gzip(a), gzip(b));
    InputStream trickle = new ByteArrayInputStream(gz) {
      @Override
      public synchronized int read(byte[] buf, int off, int len) {
        return super.read(buf, off, Math.min(len, 1));
      }

      @Override
      public synchronized int available() {
        return 0; // as a pipe says
      }
    };
    try (GzipStream in = new GzipStream(trickle)) {
      assertThat(in.readAllBytes()).isEqualTo(concat(a, b));
    }
  }

  @Test
  void reportsDataCutOffAnywhere() {
    byte[] one = gzip("some text that compresses some text that compresses".getBytes(UTF_8));
    byte[] two = concat(one, one);
    for (int cut = 1; cut < two.length; cut++) {
      if (cut == one.length) {
        continue; // a whole first member: a complete file
      }
      byte[] part = Arrays.copyOf(two, cut);
      assertThatThrownBy(() -> readAll(part)).as("cut at %d", cut).isInstanceOf(EOFException.class)
          .hasMessageContaining("ends early");
    }
  }

  @Test
  void rejectsACorruptChecksum() {
    byte[] gz = gzip("checked".getBytes(UTF_8));
    gz[gz.length - 8] ^= 1;
    assertThatThrownBy(() -> readAll(gz)).isInstanceOf(ZipException.class).hasMessageContaining("checksum");
  }

  @Test
  void rejectsCorruptDeflateData() {
    byte[] gz = gzip("corrupt me please, corrupt me please".getBytes(UTF_8));
    gz[10] = (byte) 0xFF; // the first deflate block header: an invalid block type
    assertThatThrownBy(() -> readAll(gz)).isInstanceOf(ZipException.class).hasMessageContaining("corrupt");
  }

  @Test
  void ignoresAndReportsTrailingBytesThatAreNotGzip() throws IOException {
    byte[] data = "payload".getBytes(UTF_8);
    try (GzipStream in = new GzipStream(new ByteArrayInputStream(concat(gzip(data), new byte[] {0, 0, 0, 0})))) {
      assertThat(in.readAllBytes()).isEqualTo(data);
      assertThat(in.ignoredTrailingBytes()).isTrue();
    }
  }

  @Test
  void skipsOptionalHeaderFields() throws IOException {
    byte[] plain = gzip("named".getBytes(UTF_8));
    // rebuild the header with FEXTRA, FNAME and FCOMMENT set
    byte[] header = {0x1f, (byte) 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3, 2, 0, 'x', 'y', 'a', '.', 't', 'x', 't', 0,
        'c', 0};
    byte[] rest = Arrays.copyOfRange(plain, 10, plain.length);
    assertThat(readAll(concat(header, rest))).isEqualTo("named".getBytes(UTF_8));
  }
}
