package org.trucewatch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip data of one or more members (a {@code .warc.gz} holds one member per record), checking every
 * member's CRC and length. Unlike {@link java.util.zip.GZIPInputStream} it reports a file cut off at any point, also
 * between members, as an {@link EOFException} instead of ending quietly, and it does not depend on {@code available()}
 * (which pipes answer with 0). Bytes after the last member that are not gzip are ignored and reported by
 * {@link #ignoredTrailingBytes()}, as gzip(1) does. Closes the wrapped stream when closed. Not thread-safe.
 */
final class GzipStream extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buf = new byte[64 * 1024];
  private int bufPos;
  private int bufLen;
  private boolean finished;
  private boolean ignoredTrailingBytes;
  private int members;

  GzipStream(InputStream in) throws IOException {
    this.in = in;
    readHeader();
  }

  /** Whether bytes that are not gzip followed the last member. */
  boolean ignoredTrailingBytes() {
    return ignoredTrailingBytes;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!finished) {
      if (inflater.finished()) {
        bufPos = bufLen - inflater.getRemaining();
        readTrailer();
        nextMember();
        continue;
      }
      if (inflater.needsInput()) {
        if (!fill()) {
          throw new EOFException("the gzip data ends early (cut off inside member " + members + ")");
        }
        inflater.setInput(buf, bufPos, bufLen - bufPos);
        bufPos = bufLen;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt gzip data in member " + members + ": " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.needsDictionary()) {
        throw new ZipException("corrupt gzip data in member " + members + ": a preset dictionary is required");
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }

  private void readHeader() throws IOException {
    members++;
    if (readByte() != 0x1f || readByte() != 0x8b) {
      throw new ZipException("not gzip data (member " + members + " has no gzip header)");
    }
    if (readByte() != 8) {
      throw new ZipException("unsupported gzip compression method in member " + members);
    }
    int flags = readByte();
    skip(6); // modification time, extra flags, operating system
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
  }

  private void readTrailer() throws IOException {
    long expectedCrc = readInt();
    long expectedSize = readInt();
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("corrupt gzip data: checksum mismatch in member " + members);
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new ZipException("corrupt gzip data: length mismatch in member " + members);
    }
  }

  /** After a member: end of input, another member, or trailing bytes to ignore. */
  private void nextMember() throws IOException {
    if (!fill()) {
      finished = true;
      return;
    }
    if ((buf[bufPos] & 0xff) != 0x1f) {
      ignoredTrailingBytes = true;
      finished = true;
      return;
    }
    readHeader();
  }

  /** Makes at least one unread byte available in {@code buf}; false at end of input. */
  private boolean fill() throws IOException {
    if (bufPos < bufLen) {
      return true;
    }
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      return false;
    }
    bufPos = 0;
    bufLen = n;
    return true;
  }

  private int readByte() throws IOException {
    if (!fill()) {
      throw new EOFException("the gzip data ends early (cut off in the header or trailer of member " + members + ")");
    }
    return buf[bufPos++] & 0xff;
  }

  private long readInt() throws IOException {
    return readByte() | (long) readByte() << 8 | (long) readByte() << 16 | (long) readByte() << 24;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (readByte() != 0) {
      // a file name or comment we do not need
    }
  }
}
