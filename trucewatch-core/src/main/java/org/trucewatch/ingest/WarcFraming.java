package org.trucewatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts an uncompressed WARC stream into records by their headers' {@code Content-Length}, checking each length against
 * what follows it: a record must be followed by its CRLF pair and then the next {@code WARC/} header or the end. When a
 * length is wrong (too long, too short, negative, not a number) or a header is garbage, that record alone is reported
 * and reading resumes at the next line that starts with {@code WARC/1.}, so one bad record never loses the rest of the
 * file. Holds one record (at most the record limit plus its HTTP headers) in memory; records over it are skipped
 * unread. One per file read; not thread-safe.
 */
final class WarcFraming {

  /**
   * One record: its complete bytes for the WARC parser, or a problem. {@code where} names it (its WARC-Record-ID when
   * the header gave one); {@code stop} says that nothing after it can be read.
   */
  record Frame(long offset, String where, byte[] bytes, Rejection.Reason reason, String problem, boolean stop) {
    static Frame bad(long offset, String where, Rejection.Reason reason, String problem, boolean stop) {
      return new Frame(offset, where, null, reason, problem, stop);
    }
  }

  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.ISO_8859_1);
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  // a record's block holds its HTTP headers besides the payload the record limit bounds
  private static final long HEADER_ALLOWANCE = 64 * 1024;
  private static final int MAX_GAP = 16;

  private final InputStream in;
  private final long maxBlockBytes;
  private byte[] carry = new byte[0];
  private int carryPos;
  private long position;
  private int index;

  WarcFraming(InputStream in, long maxRecordBytes) {
    this.in = in;
    this.maxBlockBytes = maxRecordBytes + HEADER_ALLOWANCE;
  }

  /** The next record, or null at the end of the file. */
  Frame next() throws IOException {
    int b = skipLineBreaks();
    if (b < 0) {
      return null;
    }
    unread(new byte[] {(byte) b}, 0, 1);
    long offset = position;
    index++;
    String where = "record " + index + " at byte " + offset;
    ByteArrayOutputStream header = new ByteArrayOutputStream(512);
    String first = readLine(header);
    if (first == null) {
      return Frame.bad(offset, where, Rejection.Reason.TRUNCATED, "the WARC file ends early in " + where, true);
    }
    if (!first.startsWith("WARC/")) {
      return scanned(offset, where, "no WARC record header at byte " + offset, true);
    }
    String id = null;
    String length = null;
    while (true) {
      String line = readLine(header);
      if (line == null) {
        return Frame.bad(offset, where, Rejection.Reason.TRUNCATED, "the WARC file ends early in the header of "
            + where, true);
      }
      if (line.isEmpty()) {
        break;
      }
      if (header.size() > MAX_HEADER_BYTES) {
        return scanned(offset, where, "the header of " + where + " is longer than " + MAX_HEADER_BYTES + " bytes",
            true);
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (name.equals("warc-record-id")) {
        id = line.substring(colon + 1).strip();
      } else if (name.equals("content-length")) {
        length = line.substring(colon + 1).strip();
      }
    }
    String named = id == null || id.isEmpty() ? where : id;
    if (length == null || !length.matches("[0-9]{1,18}")) {
      String why = length == null ? "has no Content-Length"
          : "has an invalid Content-Length '" + clip(length) + "' (a length is a number of bytes, 0 or more)";
      return scanned(offset, named, "WARC record " + named + " at byte " + offset + " " + why, true);
    }
    long declared = Long.parseLong(length);
    if (declared > maxBlockBytes) {
      skipExactly(declared, named);
      int after = skipLineBreaks();
      if (after >= 0) {
        unread(new byte[] {(byte) after}, 0, 1);
      }
      return Frame.bad(offset, named, Rejection.Reason.TOO_LARGE, "record " + named + " (" + declared
          + " bytes) is larger than the limit of " + maxBlockBytes + " bytes; skipped", false);
    }
    byte[] block = readUpTo((int) declared);
    if (block.length < declared) {
      // a length past the end of the file: a later record inside the bytes read means the length lied
      int at = findHeader(block, 1);
      if (at < 0) {
        return Frame.bad(offset, named, Rejection.Reason.TRUNCATED, "the WARC file ends early inside record "
            + named + "; the records before it were read", true);
      }
      unread(block, at, block.length - at);
      return Frame.bad(offset, named, Rejection.Reason.MALFORMED, "WARC record " + named + " at byte " + offset
          + ": its Content-Length (" + declared + ") runs past the end of the file; reading resumed at the next"
          + " record (byte " + position + ")", false);
    }
    byte[] tail = readUpTo(MAX_GAP + MAGIC.length);
    int gap = 0;
    while (gap < Math.min(tail.length, MAX_GAP) && (tail[gap] == '\r' || tail[gap] == '\n')) {
      gap++;
    }
    // junk after a record's closing CRLF pair is the next frame's problem, not this record's
    boolean endsWell = gap == tail.length || startsWith(tail, gap, "WARC/".getBytes(StandardCharsets.ISO_8859_1))
        || gap >= 4 && tail[0] == '\r' && tail[1] == '\n' && tail[2] == '\r' && tail[3] == '\n';
    int swallowed = swallowedHeader(block);
    if (swallowed >= 0) {
      // a length that runs over the next record, which ends where the file happens to end
      unread(tail, 0, tail.length);
      unread(block, swallowed, block.length - swallowed);
      return Frame.bad(offset, named, Rejection.Reason.MALFORMED, "WARC record " + named + " at byte " + offset
          + ": its Content-Length (" + declared + ") does not match the bytes that follow (it covers the next record);"
          + " reading resumed at the next record (byte " + position + ")", false);
    }
    if (!endsWell) {
      // the length is wrong: the next header is inside the block (too long) or somewhere after it (too short)
      byte[] seen = concat(block, tail);
      int at = findHeader(seen, 1);
      String detail = "WARC record " + named + " at byte " + offset + ": its Content-Length (" + declared
          + ") does not match the bytes that follow";
      if (at >= 0) {
        unread(seen, at, seen.length - at);
        return Frame.bad(offset, named, Rejection.Reason.MALFORMED, detail + "; reading resumed at the next record"
            + " (byte " + position + ")", false);
      }
      boolean lineStart = seen.length > 0 && seen[seen.length - 1] == '\n';
      return scanned(offset, named, detail, lineStart);
    }
    unread(tail, gap, tail.length - gap);
    byte[] whole = Arrays.copyOf(header.toByteArray(), header.size() + block.length + 4);
    System.arraycopy(block, 0, whole, header.size(), block.length);
    whole[whole.length - 4] = '\r';
    whole[whole.length - 3] = '\n';
    whole[whole.length - 2] = '\r';
    whole[whole.length - 1] = '\n';
    return new Frame(offset, named, whole, null, null, false);
  }

  /** Skips to the next line that starts with the WARC magic, and reports the record it skipped. */
  private Frame scanned(long offset, String where, String problem, boolean lineStart) throws IOException {
    boolean found = scanToHeader(lineStart);
    return Frame.bad(offset, where, Rejection.Reason.MALFORMED, problem + (found ? "; reading resumed at the next"
        + " record (byte " + position + ")" : "; no record follows it"), false);
  }

  /** Reads until a line starting with {@code WARC/1.} (left unread) or the end; false at the end. */
  private boolean scanToHeader(boolean lineStart) throws IOException {
    boolean atLineStart = lineStart;
    while (true) {
      int b = read();
      if (b < 0) {
        return false;
      }
      if (atLineStart && b == 'W') {
        byte[] rest = readUpTo(MAGIC.length - 1);
        if (rest.length == MAGIC.length - 1 && startsWith(concat(new byte[] {'W'}, rest), 0, MAGIC)) {
          unread(concat(new byte[] {'W'}, rest), 0, MAGIC.length);
          return true;
        }
        unread(rest, 0, rest.length);
      }
      atLineStart = b == '\n';
    }
  }

  /** Where a record boundary (CRLF CRLF, then {@code WARC/1.0} or {@code 1.1} and CRLF) starts a header, or -1. */
  private static int swallowedHeader(byte[] b) {
    byte[] boundary = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i + boundary.length + 3 <= b.length; i++) {
      if (b[i] == '\r' && startsWith(b, i, boundary)) {
        int v = i + boundary.length;
        if ((b[v] == '0' || b[v] == '1') && b[v + 1] == '\r' && b[v + 2] == '\n') {
          return i + 4;
        }
      }
    }
    return -1;
  }

  /** The first index at or after {@code from} where a line starts with the magic, or -1. */
  private static int findHeader(byte[] b, int from) {
    for (int i = Math.max(from, 1); i + MAGIC.length <= b.length; i++) {
      if (b[i - 1] == '\n' && startsWith(b, i, MAGIC)) {
        return i;
      }
    }
    return -1;
  }

  private int skipLineBreaks() throws IOException {
    int b;
    do {
      b = read();
    } while (b == '\r' || b == '\n');
    return b;
  }

  /** A header line without its line break, also appended to {@code header}; null at the end of the file. */
  private String readLine(ByteArrayOutputStream header) throws IOException {
    int start = header.size();
    while (true) {
      int b = read();
      if (b < 0) {
        return null;
      }
      header.write(b);
      if (b == '\n' || header.size() - start > MAX_HEADER_BYTES) {
        break;
      }
    }
    byte[] all = header.toByteArray();
    int end = all.length;
    while (end > start && (all[end - 1] == '\n' || all[end - 1] == '\r')) {
      end--;
    }
    return new String(all, start, end - start, StandardCharsets.UTF_8);
  }

  private void skipExactly(long n, String named) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = n;
    while (left > 0) {
      int got = read(buffer, (int) Math.min(buffer.length, left));
      if (got < 0) {
        throw new EOFException("the WARC file ends early inside record " + named);
      }
      left -= got;
    }
  }

  private byte[] readUpTo(int n) throws IOException {
    byte[] b = new byte[n];
    int off = 0;
    while (off < n) {
      int got = read(b, off, n - off);
      if (got < 0) {
        break;
      }
      off += got;
    }
    return off == n ? b : Arrays.copyOf(b, off);
  }

  private int read(byte[] b, int len) throws IOException {
    return read(b, 0, len);
  }

  private int read(byte[] b, int off, int len) throws IOException {
    int got;
    if (carryPos < carry.length) {
      got = Math.min(len, carry.length - carryPos);
      System.arraycopy(carry, carryPos, b, off, got);
      carryPos += got;
    } else {
      got = in.read(b, off, len);
      if (got < 0) {
        return -1;
      }
    }
    position += got;
    return got;
  }

  private int read() throws IOException {
    if (carryPos < carry.length) {
      position++;
      return carry[carryPos++] & 0xff;
    }
    int b = in.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  /** Puts bytes just read back in front of what is still to be read. */
  private void unread(byte[] b, int off, int len) {
    if (len <= 0) {
      return;
    }
    position -= len;
    if (carryPos >= len) {
      // the bytes just read go back where they came from: no copy of the rest, so resyncing stays linear
      System.arraycopy(b, off, carry, carryPos - len, len);
      carryPos -= len;
      return;
    }
    byte[] rest = Arrays.copyOfRange(carry, carryPos, carry.length);
    byte[] next = new byte[len + rest.length];
    System.arraycopy(b, off, next, 0, len);
    System.arraycopy(rest, 0, next, len, rest.length);
    carry = next;
    carryPos = 0;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
