package org.trucewatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a document's bytes into text. The charset is taken from, in order: a byte-order mark; a declared charset (the
 * container's, such as an HTTP header, then the page's own {@code <?xml encoding?>}, {@code <meta charset>} or
 * {@code <meta http-equiv>}); sniffing (valid UTF-8 is UTF-8, else juniversalchardet's guess, else windows-1252).
 * Labels are read as browsers read them (WHATWG): {@code iso-8859-1} and {@code us-ascii} mean windows-1252. UTF-8 with a few invalid bytes is UTF-8, the bytes
 * replaced and counted in the warning. A legacy
 * declaration over bytes that are valid, non-ASCII UTF-8 is taken to be a mislabelled UTF-8 page. The text comes back
 * with line endings as {@code \n}, NUL characters and a leading BOM removed. Stateless and thread-safe.
 */
final class TextDecoder {

  /** Which declarations inside the document count: none (plain text), XML's only (feeds), or HTML's and XML's. */
  enum Markup {
    NONE, XML, HTML
  }

  /** Decoded text, the charset used, and a one-line warning about the decoding or null. */
  record Decoded(String text, Charset charset, String warning) {}

  /**
   * The charset to decode with, the length of a byte-order mark to skip, whether a declaration chose it, and a warning
   * or null.
   */
  record Choice(Charset charset, int bomLength, boolean declared, String warning) {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int PRESCAN_BYTES = 16 * 1024;
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([^\"'\\s>]{1,40})");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([^\"'\\s/>;]{1,40})", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** Decodes {@code b[0, len)}; {@code declared} is the container's charset label or null. */
  static Decoded decode(byte[] b, int len, String declared, Markup markup) throws IngestException {
    Choice choice = choose(b, len, declared, markup, true);
    int off = choice.bomLength();
    int n = len - off;
    Charset charset = choice.charset();
    if (choice.declared()) {
      if (!isUnicode(charset) && hasNonAscii(b, off, n) && isValidUtf8(b, off, n, true)) {
        return done(new String(b, off, n, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
            join(choice.warning(), "declared charset " + charset.name() + " but the bytes are UTF-8; decoded as UTF-8"));
      }
      if (!isUnicode(charset) && isMostlyUtf8(b, off, n, true)) {
        return done(new String(b, off, n, StandardCharsets.UTF_8), StandardCharsets.UTF_8, join(choice.warning(),
            "declared charset " + charset.name() + " but the bytes are UTF-8; decoded as UTF-8 with "
                + replacedBytes(b, off, n) + " invalid byte(s) replaced"));
      }
      String strict = strictDecode(b, off, n, charset);
      if (strict != null) {
        return done(strict, charset, choice.warning());
      }
      Charset sniffed = sniff(b, off, n, true);
      String alternative = strictDecode(b, off, n, sniffed);
      if (alternative != null) {
        return done(alternative, sniffed, join(choice.warning(),
            "the bytes are not valid " + charset.name() + " as declared; decoded as " + sniffed.name()));
      }
    } else {
      String strict = strictDecode(b, off, n, charset);
      if (strict != null) {
        return done(strict, charset, choice.warning());
      }
    }
    String lenient = new String(b, off, n, charset);
    if (charset.equals(StandardCharsets.UTF_8) && isMostlyUtf8(b, off, n, true)) {
      return done(lenient, charset, join(choice.warning(), replacedBytes(b, off, n)
          + " invalid byte(s) in otherwise valid UTF-8 were replaced with U+FFFD"));
    }
    int replaced = count(lenient, '\uFFFD');
    if (replaced >= 4 && replaced * 10L > lenient.length()) {
      throw new IngestException(Rejection.Reason.ENCODING, "the bytes do not decode as " + charset.name() + ": "
          + replaced + " of " + lenient.length() + " characters are invalid");
    }
    return done(lenient, charset, join(choice.warning(),
        replaced + " byte sequence(s) not valid in " + charset.name() + " were replaced"));
  }

  /**
   * Picks the charset for {@code b[0, len)}, the whole document when {@code complete}, else only its head (a multi-byte
   * character may then be cut at the end).
   */
  static Choice choose(byte[] b, int len, String declared, Markup markup, boolean complete) {
    Choice bom = byteOrderMark(b, len);
    if (bom != null) {
      return bom;
    }
    Charset utf16 = utf16WithoutBom(b, len);
    if (utf16 != null) {
      return new Choice(utf16, 0, false, null);
    }
    String warning = null;
    if (declared != null && !declared.isBlank()) {
      Charset charset = resolve(declared, false);
      if (charset != null) {
        return new Choice(charset, 0, true, null);
      }
      warning = "declared charset '" + declared.trim() + "' is unknown";
    }
    if (markup != Markup.NONE) {
      String label = prescan(b, len, markup);
      if (label != null) {
        Charset charset = resolve(label, true);
        if (charset != null) {
          return new Choice(charset, 0, true, warning);
        }
        warning = join(warning, "declared charset '" + label + "' is unknown");
      }
    }
    Charset sniffed = sniff(b, 0, len, complete);
    return new Choice(sniffed, 0, false,
        warning == null ? null : warning + "; decoded as " + sniffed.name() + " by sniffing");
  }

  /** A byte-order mark at the start of {@code b}, or null. */
  static Choice byteOrderMark(byte[] b, int len) {
    int b0 = len > 0 ? b[0] & 0xff : -1;
    int b1 = len > 1 ? b[1] & 0xff : -1;
    int b2 = len > 2 ? b[2] & 0xff : -1;
    int b3 = len > 3 ? b[3] & 0xff : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Choice(StandardCharsets.UTF_8, 3, false, null);
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new Choice(Charset.forName("UTF-32BE"), 4, false, null);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new Choice(Charset.forName("UTF-32LE"), 4, false, null);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Choice(StandardCharsets.UTF_16BE, 2, false, null);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Choice(StandardCharsets.UTF_16LE, 2, false, null);
    }
    return null;
  }

  /**
   * UTF-16 without a byte-order mark, recognised by Latin text's zero high bytes: nearly every other byte NUL, the
   * others nearly never. Null when the bytes do not look so.
   */
  static Charset utf16WithoutBom(byte[] b, int len) {
    int n = Math.min(len, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * The charset a label names, read as browsers read labels; null when Java does not know it. {@code inDocument}: the
   * label was found in the page's own ASCII bytes, so a "UTF-16" there can only mean UTF-8 (as WHATWG says).
   */
  static Charset resolve(String label, boolean inDocument) {
    String l = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    String name = switch (l) {
      case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
          "x-cp1252", "cp819", "ibm819" -> "windows-1252";
      case "iso-8859-9", "iso8859-9", "latin5", "l5" -> "windows-1254";
      case "iso-8859-11", "tis-620" -> "x-windows-874";
      case "gb2312", "gb_2312-80", "x-gbk", "chinese" -> "GBK";
      case "euc-kr", "ks_c_5601-1987", "korean" -> "x-windows-949";
      case "utf8", "unicode-1-1-utf-8", "x-unicode20utf8" -> "UTF-8";
      default -> inDocument && l.startsWith("utf-16") ? "UTF-8" : l;
    };
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Text with line endings as {@code \n}, NUL characters and a leading BOM removed. */
  static String normalise(String s) {
    int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
    if (s.indexOf('\r') < 0 && s.indexOf('\0') < 0) {
      return start == 0 ? s : s.substring(start);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c != '\0') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@code s} holds nothing but white space, no-break and zero-width spaces included. */
  static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code b[off, off+n)} is well-formed UTF-8; when not {@code complete}, a sequence cut at the end passes. */
  static boolean isValidUtf8(byte[] b, int off, int n, boolean complete) {
    int end = off + n;
    for (int i = off; i < end; ) {
      int len = sequenceLength(b, i, end);
      if (len < 0) {
        return false;
      }
      if (len == 0) {
        return !complete; // a sequence cut by the end of the buffer
      }
      i += len;
    }
    return true;
  }

  /**
   * Whether {@code b[off, off+n)} is UTF-8 with a few stray bytes: at least as many valid multi-byte characters as
   * invalid bytes, and the invalid ones at most 2% of all (or 4). Legacy single-byte text almost never forms valid
   * multi-byte sequences, so one bad byte in a UTF-8 page no longer turns the whole page into mojibake.
   */
  static boolean isMostlyUtf8(byte[] b, int off, int n, boolean complete) {
    long[] counts = utf8Counts(b, off, n, complete);
    long invalid = counts[0];
    long multiByte = counts[1];
    return invalid > 0 && multiByte >= invalid && (invalid <= 4 || invalid * 50 <= n);
  }

  /** How many bytes of {@code b[off, off+n)} are not part of a well-formed UTF-8 sequence. */
  static long replacedBytes(byte[] b, int off, int n) {
    return utf8Counts(b, off, n, true)[0];
  }

  /** {invalid bytes, valid multi-byte sequences} of {@code b[off, off+n)}, in one pass. */
  private static long[] utf8Counts(byte[] b, int off, int n, boolean complete) {
    long invalid = 0;
    long multiByte = 0;
    int end = off + n;
    int i = off;
    while (i < end) {
      int len = sequenceLength(b, i, end);
      if (len > 1) {
        multiByte++;
        i += len;
      } else if (len == 1) {
        i++;
      } else if (len == 0 && !complete) {
        break; // a character cut at the end of a head that is not the whole document
      } else {
        invalid++;
        i++;
      }
    }
    return new long[] {invalid, multiByte};
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}; -1 when invalid, 0 when cut by {@code end}. */
  private static int sequenceLength(byte[] b, int i, int end) {
    int c = b[i] & 0xff;
    if (c < 0x80) {
      return 1;
    }
    int need;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      min2 = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      max2 = c == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      min2 = c == 0xF0 ? 0x90 : 0x80;
      max2 = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= end) {
        return 0;
      }
      int cc = b[i + k] & 0xff;
      if (cc < (k == 1 ? min2 : 0x80) || cc > (k == 1 ? max2 : 0xBF)) {
        return -1;
      }
    }
    return need + 1;
  }

  private static Charset sniff(byte[] b, int off, int n, boolean complete) {
    if (isValidUtf8(b, off, n, complete) || isMostlyUtf8(b, off, n, complete)) {
      return StandardCharsets.UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(b, off, Math.min(n, SNIFF_BYTES));
    detector.dataEnd();
    String guess = detector.getDetectedCharset();
    // the bytes are known not to be UTF-8, whatever the detector says
    if (guess != null && !guess.toUpperCase(Locale.ROOT).startsWith("UTF")) {
      Charset charset = resolve(guess, false);
      if (charset != null) {
        return charset;
      }
    }
    return WINDOWS_1252;
  }

  private static String prescan(byte[] b, int len, Markup markup) {
    String head = new String(b, 0, Math.min(len, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    if (markup == Markup.XML) {
      return null; // a <meta> inside a feed belongs to an item's HTML, not to the feed
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static String strictDecode(byte[] b, int off, int n, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return isValidUtf8(b, off, n, true) ? new String(b, off, n, StandardCharsets.UTF_8) : null;
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, n))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isUnicode(Charset charset) {
    return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF");
  }

  private static boolean hasNonAscii(byte[] b, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (b[i] < 0) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      k += s.charAt(i) == c ? 1 : 0;
    }
    return k;
  }

  private static Decoded done(String text, Charset charset, String warning) {
    return new Decoded(normalise(text), charset, warning);
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }
}
