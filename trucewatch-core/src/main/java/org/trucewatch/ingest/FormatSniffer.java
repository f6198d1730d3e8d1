package org.trucewatch.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what an input is from its first bytes (magic numbers and first characters), with the file name's extension only
 * as a tie-breaker where the content is ambiguous. Stateless and thread-safe.
 */
final class FormatSniffer {

  /** What an input holds. */
  enum Format {
    EMPTY, GZIP, UNSUPPORTED, BINARY, WARC, JSON_LINES, FEED, HTML, TEXT
  }

  /**
   * The verdict and, for {@code UNSUPPORTED} and {@code BINARY}, what the bytes are in words.
   *
   * @param format what the input holds
   * @param detail a phrase such as "a PDF document", or null
   */
  record Detection(Format format, String detail) {}

  private record Magic(int offset, byte[] bytes, String what) {}

  private static final List<Magic> MAGICS = List.of(
      magic(0, "%PDF-", "a PDF document"),
      magic(0, "\u0089PNG\r\n\u001a\n", "a PNG image"),
      magic(0, "\u00ff\u00d8\u00ff", "a JPEG image"),
      magic(0, "GIF87a", "a GIF image"),
      magic(0, "GIF89a", "a GIF image"),
      magic(0, "RIFF", "a RIFF file (a WebP image, WAV audio or AVI video)"),
      magic(0, "PK\u0003\u0004", "a ZIP archive (or an Office, OpenDocument or EPUB file)"),
      magic(0, "PK\u0005\u0006", "an empty ZIP archive"),
      magic(0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "an MS Office 97-2003 document"),
      magic(0, "BZh", "bzip2-compressed data"),
      magic(0, "\u00fd7zXZ\u0000", "xz-compressed data"),
      magic(0, "(\u00b5/\u00fd", "zstd-compressed data"),
      magic(0, "7z\u00bc\u00af'\u001c", "a 7-Zip archive"),
      magic(0, "Rar!\u001a\u0007", "a RAR archive"),
      magic(0, "\u007fELF", "an executable program"),
      magic(0, "SQLite format 3\u0000", "an SQLite database"));

  private static final Magic WARC = magic(0, "WARC/", "a WARC file");

  private static final Pattern HTML_MARKERS = Pattern.compile(
      "<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|meta\\s|div[\\s>]|p>|article[\\s>]|title>)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_TAG = Pattern.compile("<[a-zA-Z!/]");

  private FormatSniffer() {}

  /** Sniffs {@code head[0, len)}, the start of the input called {@code name}. */
  static Detection sniff(byte[] head, int len, String name) {
    if (len == 0) {
      return new Detection(Format.EMPTY, null);
    }
    if (len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return new Detection(Format.GZIP, null);
    }
    for (Magic m : MAGICS) {
      if (startsWith(head, len, m)) {
        return new Detection(Format.UNSUPPORTED, m.what());
      }
    }
    if (startsWith(head, len, WARC)) {
      return new Detection(Format.WARC, null); // before the binary test: crawls hold images
    }
    String extension = extension(name);
    TextDecoder.Choice bom = TextDecoder.byteOrderMark(head, len);
    Charset wide = bom != null ? bom.charset() : TextDecoder.utf16WithoutBom(head, len);
    boolean multiByteUnits = wide != null && !wide.equals(StandardCharsets.UTF_8);
    if (!multiByteUnits) {
      String binary = binaryReason(head, len);
      if (binary != null) {
        return new Detection(Format.BINARY, binary);
      }
    }
    int skip = bom == null ? 0 : bom.bomLength();
    String text = new String(head, skip, len - skip, multiByteUnits ? wide : StandardCharsets.ISO_8859_1);
    if (multiByteUnits && controlShare(text) > 0.1) {
      return new Detection(Format.BINARY, "binary data (control characters)");
    }
    int start = firstNonSpace(text);
    if (start == text.length()) {
      return new Detection(Format.TEXT, null); // white space only: the reader reports it as empty
    }
    char first = text.charAt(start);
    // a JSON object opens with a key or closes at once; a text that merely starts with a brace does neither
    int afterBrace = firstNonSpace(text, start + 1);
    char second = afterBrace < text.length() ? text.charAt(afterBrace) : ' ';
    if (first == '{' && (second == '"' || second == '}')) {
      return new Detection(Format.JSON_LINES, null);
    }
    if (first == '[' && (extension.equals("json") || extension.equals("jsonl") || extension.equals("ndjson"))) {
      return new Detection(Format.UNSUPPORTED, "a JSON array (expected JSON Lines: one JSON object a line)");
    }
    if (first == '<' && start + 1 < text.length() && isTagStart(text.charAt(start + 1))) {
      return new Detection(markupFormat(text, start), null);
    }
    if (extension.equals("jsonl") || extension.equals("ndjson")) {
      return new Detection(Format.JSON_LINES, null);
    }
    String prefix = text.substring(start, Math.min(text.length(), start + 2048));
    if (HTML_MARKERS.matcher(prefix).find() || (isHtmlExtension(extension) && ANY_TAG.matcher(text).find())) {
      return new Detection(Format.HTML, null);
    }
    return new Detection(Format.TEXT, null);
  }

  /** Feed or HTML, from the root element after any XML declaration, comments and doctype. */
  private static Format markupFormat(String text, int start) {
    int i = start;
    while (i < text.length()) {
      i = firstNonSpace(text, i);
      if (text.startsWith("<?", i)) {
        i = after(text, "?>", i);
      } else if (text.startsWith("<!--", i)) {
        i = after(text, "-->", i);
      } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
        int end = after(text, ">", i);
        if (text.substring(i, Math.min(end, text.length())).toLowerCase(Locale.ROOT).contains("html")) {
          return Format.HTML;
        }
        i = text.indexOf('[', i) >= 0 && text.indexOf('[', i) < end ? after(text, "]>", i) : end;
      } else {
        break;
      }
    }
    String root = rootName(text, i);
    if (root.equals("rss") || root.equals("feed") || root.endsWith(":feed") || root.equals("rdf:rdf")) {
      return Format.FEED;
    }
    return Format.HTML;
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '!' || c == '?';
  }

  private static String rootName(String text, int i) {
    if (i >= text.length() || text.charAt(i) != '<') {
      return "";
    }
    int j = i + 1;
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || ":-_.".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    return text.substring(i + 1, j).toLowerCase(Locale.ROOT);
  }

  /** Why bytes that are not UTF-16 are binary, or null: NUL bytes, or more than one in ten a control character. */
  private static String binaryReason(byte[] head, int len) {
    int controls = 0;
    for (int i = 0; i < len; i++) {
      int c = head[i] & 0xff;
      if (c == 0) {
        return "binary data (NUL bytes)";
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        controls++;
      }
    }
    return controls * 10 > len ? "binary data (control characters)" : null;
  }

  private static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        controls++;
      }
    }
    return controls / (double) text.length();
  }

  static String extension(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (base.endsWith(".gz")) {
      base = base.substring(0, base.length() - 3);
    }
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1);
  }

  private static boolean isHtmlExtension(String extension) {
    return switch (extension) {
      case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp" -> true;
      default -> false;
    };
  }

  private static boolean startsWith(byte[] head, int len, Magic m) {
    if (len < m.offset() + m.bytes().length) {
      return false;
    }
    for (int i = 0; i < m.bytes().length; i++) {
      if (head[m.offset() + i] != m.bytes()[i]) {
        return false;
      }
    }
    // bzip2's "BZh" is three letters a text may start with: require the block size digit and block magic
    return !m.what().startsWith("bzip2") || len >= 10 && head[3] >= '1' && head[3] <= '9' && head[4] == 0x31;
  }

  private static Magic magic(int offset, String latin1, String what) {
    return new Magic(offset, latin1.getBytes(StandardCharsets.ISO_8859_1), what);
  }

  private static int firstNonSpace(String s) {
    return firstNonSpace(s, 0);
  }

  private static int firstNonSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static int after(String s, String token, int from) {
    int k = s.indexOf(token, from);
    return k < 0 ? s.length() : k + token.length();
  }
}
