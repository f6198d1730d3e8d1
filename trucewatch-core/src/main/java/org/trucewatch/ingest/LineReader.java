package org.trucewatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} dropped), holding one line at a time and never
 * more than {@code maxLineBytes} of it: a longer line is skipped to its end and flagged. Not thread-safe.
 */
final class LineReader {

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int lim;
  private byte[] line = new byte[4096];
  private int len;
  private boolean tooLong;
  private int number;
  private boolean eof;

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    len = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          if (!any) {
            return false;
          }
          break;
        }
        pos = 0;
        lim = n;
        continue;
      }
      any = true;
      int nl = indexOfNewline(pos);
      int end = nl < 0 ? lim : nl;
      append(pos, end - pos);
      pos = nl < 0 ? lim : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (!tooLong && len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return true;
  }

  /** The current line's 1-based number. */
  int number() {
    return number;
  }

  /** Whether the current line was longer than the limit (its bytes are then not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's bytes: valid in {@code [0, length())} until the next call of {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return len;
  }

  private int indexOfNewline(int from) {
    for (int i = from; i < lim; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int off, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) len + n > maxLineBytes) {
      tooLong = true;
      len = 0;
      return;
    }
    if (len + n > line.length) {
      line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
    }
    System.arraycopy(buf, off, line, len, n);
    len += n;
  }
}
