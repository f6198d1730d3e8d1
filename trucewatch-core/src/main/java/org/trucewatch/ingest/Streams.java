package org.trucewatch.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Byte-stream helpers: peeking at a stream's head, reading with a ceiling, and shielding a caller's stream. */
final class Streams {

  /** How much of a stream the format sniffer sees. */
  static final int HEAD_BYTES = 8 * 1024;

  private static final int BUFFER_BYTES = 64 * 1024;
  // Arrays this large are refused by some JVMs; a limit above it is read as this.
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private Streams() {}

  /** A buffered view of {@code in} that supports {@link #peek}. */
  static BufferedInputStream buffered(InputStream in) {
    return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER_BYTES);
  }

  /** Up to {@link #HEAD_BYTES} bytes from the start of {@code in}, which is left where it was. */
  static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = new byte[HEAD_BYTES];
    int len = 0;
    try {
      for (int n; len < HEAD_BYTES && (n = in.read(head, len, HEAD_BYTES - len)) >= 0; ) {
        len += n;
      }
    } catch (EOFException e) {
      // compressed data cut off early: sniff what there is; reading on meets the same end, where it can be reported
    }
    in.reset();
    return len == HEAD_BYTES ? head : Arrays.copyOf(head, len);
  }

  /**
   * Reads {@code in} to its end, or throws TOO_LARGE after reading {@code limit + 1} bytes: a huge input costs the
   * limit, never its own size.
   */
  static byte[] readAtMost(InputStream in, long limit, String what) throws IOException {
    long ceiling = Math.min(limit, MAX_ARRAY);
    byte[] buf = new byte[(int) Math.min(ceiling + 1, BUFFER_BYTES)];
    int len = 0;
    while (true) {
      if (len == buf.length) {
        if (len > ceiling) {
          throw new IngestException(Rejection.Reason.TOO_LARGE,
              what + " is larger than the limit of " + limit + " bytes");
        }
        buf = Arrays.copyOf(buf, (int) Math.min(ceiling + 1, (long) buf.length * 2));
      }
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
      }
      len += n;
    }
  }

  /** {@code in} with a {@code close()} that does nothing: for streams the caller owns. */
  static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller opened it and closes it
      }
    };
  }
}
