package org.trucewatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.trucewatch.internal.Hashing;

/**
 * Reads JSON Lines as the brief defines them: one JSON object a line with {@code id} and {@code text} or {@code html}
 * ({@code text} wins when both are given: it is the producer's own extraction), optional {@code url}, {@code title},
 * {@code published}, {@code outlet}, {@code language}, {@code byline} (or {@code author}) and {@code conflict} (the id
 * of the conflict profile the article is about, where the producer knows it). The file is read a line at a time; a bad
 * line is one rejection naming its number and the rest of the file goes on. A document is named by its
 * {@code id}, else by the file name and {@code #line-N}; its hash is of the line's bytes.
 */
final class JsonLinesReader implements FormatReader {

  // a file whose first lines all fail is not JSON Lines at all: one rejection, not thousands
  private static final int GIVE_UP_AFTER = 20;
  // big decimals keep a floating-point id as written (1E+400), so that its rejection can quote it
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final long maxRecordBytes;

  JsonLinesReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void read(InputStream in, Emitter out) throws IOException {
    LineReader lines = new LineReader(in, maxRecordBytes);
    int good = 0;
    int bad = 0;
    try {
      while (lines.next()) {
        int n = lines.number();
        byte[] b = lines.bytes();
        int off = n == 1 && lines.length() >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB
            && (b[2] & 0xff) == 0xBF ? 3 : 0;
        int len = lines.length() - off;
        if (n == 1 && TextDecoder.byteOrderMark(b, lines.length()) != null && off == 0) {
          out.reject(null, Rejection.Reason.ENCODING, "JSON Lines must be UTF-8, and this file is UTF-16 or UTF-32");
          return;
        }
        if (lines.tooLong()) {
          out.reject("line " + n, Rejection.Reason.TOO_LARGE,
              "line " + n + " is longer than the limit of " + maxRecordBytes + " bytes");
          bad++;
          continue;
        }
        String line = new String(b, off, len, StandardCharsets.ISO_8859_1);
        if (line.isBlank()) {
          continue;
        }
        if (good == 0 && bad == 0 && (line.strip().equals("{") || line.strip().equals("["))) {
          out.reject(null, Rejection.Reason.MALFORMED, "not JSON Lines: line " + n
              + " opens a JSON value that spans several lines, and JSON Lines needs one object a line");
          return;
        }
        if (readLine(b, off, len, n, out)) {
          good++;
        } else if (++bad >= GIVE_UP_AFTER && good == 0) {
          out.reject(null, Rejection.Reason.MALFORMED, "not JSON Lines: the first " + bad
              + " lines with content are not articles; the rest of the file was not read");
          return;
        }
      }
    } catch (EOFException e) {
      out.reject("line " + (lines.number() + 1), Rejection.Reason.TRUNCATED,
          e.getMessage() + " in line " + (lines.number() + 1) + "; the lines before it were read");
    }
  }

  /** Reads one line; false when it was rejected. */
  private boolean readLine(byte[] b, int off, int len, int n, Emitter out) {
    String record = "line " + n;
    if (!TextDecoder.isValidUtf8(b, off, len, true)) {
      out.reject(record, Rejection.Reason.ENCODING, "line " + n + " is not valid UTF-8 (JSON Lines must be UTF-8)");
      return false;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(b, off, len);
    } catch (JsonProcessingException e) {
      out.reject(record, Rejection.Reason.MALFORMED, "line " + n + " is not valid JSON: " + e.getOriginalMessage());
      return false;
    } catch (IOException e) {
      out.reject(record, Rejection.Reason.MALFORMED, "line " + n + " cannot be parsed: " + e.getMessage());
      return false;
    }
    if (node == null || !node.isObject()) {
      out.reject(record, Rejection.Reason.MALFORMED, "line " + n + " is not a JSON object");
      return false;
    }
    for (String field : new String[] {"text", "html"}) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        out.reject(record, Rejection.Reason.INVALID, "line " + n + ": '" + field + "' must be a string");
        return false;
      }
    }
    String text = scalar(node, "text");
    String html = scalar(node, "html");
    boolean useText = text != null && !TextDecoder.isBlank(text);
    boolean useHtml = !useText && html != null && !TextDecoder.isBlank(html);
    if (!useText && !useHtml) {
      boolean blank = node.hasNonNull("text") || node.hasNonNull("html");
      String field = node.hasNonNull("text") ? "'text'" : "'html'";
      out.reject(record, blank ? Rejection.Reason.EMPTY : Rejection.Reason.INVALID,
          "line " + n + (blank ? ": " + field + " holds only white space" : " has no 'text' or 'html' field"));
      return false;
    }
    JsonNode idNode = node.get("id");
    if (idNode != null && idNode.isNumber() && !idNode.isIntegralNumber()) {
      // a floating-point id loses digits or becomes "Infinity" (1e400): ids are names, not quantities
      out.reject(record, Rejection.Reason.INVALID, "line " + n + ": 'id' " + clip(idNode.asText())
          + " is not an integer; write the id as a string");
      return false;
    }
    JsonNode publishedNode = node.get("published");
    if (publishedNode != null && !publishedNode.isNull() && !publishedNode.isValueNode()) {
      out.warn(record, "line " + n + ": 'published' is a JSON " + publishedNode.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT) + ", not a date string; ignored");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      id = out.fileName() + "#line-" + n;
    }
    String byline = scalar(node, "byline");
    DocumentHints hints = new DocumentHints(scalar(node, "url"), scalar(node, "outlet"), scalar(node, "title"),
        byline != null ? byline : scalar(node, "author"), scalar(node, "published"), scalar(node, "language"),
        scalar(node, "conflict"));
    out.document(id.strip(), record, useText ? ContentType.TEXT : ContentType.HTML,
        TextDecoder.normalise(useText ? text : html), Hashing.sha256(b, off, len), hints);
    return true;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** A string or number field as text; null when absent, null, blank or not a scalar. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
