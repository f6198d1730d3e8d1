package org.trucewatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.trucewatch.internal.Hashing;

/**
 * Reads WARC files of news crawls with jwarc, a record at a time: {@code response} records with HTTP status 200 and an
 * HTML payload ({@code text/html}, {@code application/xhtml+xml}) become HTML documents, decoded with the HTTP
 * Content-Type's charset; {@code resource} and {@code conversion} records of text or HTML become documents too. A
 * document is named by its target URI (its url hint too), located by its WARC-Record-ID, and hashed over its payload
 * (after transfer and content decoding). WARC-Date is not used: a crawl date is not a publication date. Other records
 * (request, metadata, revisit, warcinfo, non-HTML or non-200 responses) are skipped and counted in one warning. A record
 * whose payload exceeds {@code maxRecordBytes} is refused alone; a record whose length is wrong is refused alone and
 * reading resumes at the next {@code WARC/1.} header ({@link WarcFraming}); a file cut off stops where it ends.
 */
final class WarcFileReader implements FormatReader {

  private final long maxRecordBytes;

  WarcFileReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void read(InputStream in, Emitter out) throws IOException {
    Map<String, Integer> skipped = new TreeMap<>();
    WarcFraming frames = new WarcFraming(in, maxRecordBytes);
    while (true) {
      WarcFraming.Frame frame;
      try {
        frame = frames.next();
      } catch (EOFException e) {
        out.reject(null, Rejection.Reason.TRUNCATED, e.getMessage() + "; the records before it were read");
        break;
      }
      if (frame == null) {
        break;
      }
      if (frame.bytes() == null) {
        out.reject(frame.where(), frame.reason(), frame.problem());
        if (frame.stop()) {
          break;
        }
        continue;
      }
      readFrame(frame, skipped, out);
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder sb = new StringBuilder("skipped " + total + " record(s) that are not articles:");
      skipped.forEach((kind, n) -> sb.append(' ').append(n).append(' ').append(kind).append(','));
      sb.setLength(sb.length() - 1);
      out.warn(null, sb.toString());
    }
  }

  /** Parses one framed record with jwarc and emits its document; a failure costs this record only. */
  private void readFrame(WarcFraming.Frame frame, Map<String, Integer> skipped, Emitter out) throws IOException {
    String id = frame.where();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(frame.bytes()))) {
      reader.setLenient(true);
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return;
      }
      String skip = readRecord(next.get(), id, out);
      if (skip != null) {
        skipped.merge(skip, 1, Integer::sum);
      }
    } catch (EOFException e) {
      out.reject(id, Rejection.Reason.TRUNCATED, "record " + id + " ends inside its own content");
    } catch (IngestException e) {
      out.reject(id, e.reason(), e.getMessage());
    } catch (ParsingException e) {
      out.reject(id, Rejection.Reason.MALFORMED, "broken WARC record or HTTP message in record " + id + ": "
          + e.getBaseMessage());
    } catch (Emitter.SinkFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // jwarc throws unchecked exceptions for header values it cannot parse (a garbled Content-Type)
      out.reject(id, Rejection.Reason.MALFORMED, "broken header in record " + id + ": " + e.getMessage());
    }
  }

  /** Emits the record's document, or returns what kind of record was skipped. */
  private String readRecord(WarcRecord record, String id, Emitter out) throws IOException {
    if (record.segmentNumber().isPresent()) {
      return "segmented";
    }
    if (record instanceof WarcResponse response) {
      return readResponse(response, id, out);
    }
    if (record instanceof WarcResource || record instanceof WarcConversion) {
      MediaType type = record.contentType();
      ContentType kind = kind(type);
      if (kind == null) {
        return "non-text " + record.type();
      }
      byte[] payload = Streams.readAtMost(record.body().stream(), maxRecordBytes, "the payload of record " + id);
      emit((WarcTargetRecord) record, id, kind, payload, type, out);
      return null;
    }
    return record.type();
  }

  private String readResponse(WarcResponse response, String id, Emitter out) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return "non-HTTP response";
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return "response with status " + (http.status() / 100) + "xx";
    }
    MediaType type = http.headers().first("Content-Type").isPresent() ? http.contentType() : MediaType.HTML;
    if (kind(type) != ContentType.HTML) {
      return "non-HTML response";
    }
    byte[] body;
    try {
      body = Streams.readAtMost(http.body().stream(), maxRecordBytes, "the payload of record " + id);
    } catch (EOFException e) {
      // the rest of the record is readable when the page's own chunked encoding ended early, not the WARC file;
      // if the file did end, this throws again and the reader stops
      response.body().consume();
      throw new IngestException(Rejection.Reason.TRUNCATED, "the HTTP body of record " + id + " is cut off");
    }
    emit(response, id, ContentType.HTML, contentDecoded(http, body, id), type, out);
    return null;
  }

  private void emit(WarcTargetRecord record, String id, ContentType kind, byte[] payload, MediaType type, Emitter out)
      throws IOException {
    String target = record.target();
    TextDecoder.Decoded decoded = TextDecoder.decode(payload, payload.length, type.parameters().get("charset"),
        kind == ContentType.HTML ? TextDecoder.Markup.HTML : TextDecoder.Markup.NONE);
    if (TextDecoder.isBlank(decoded.text())) {
      out.reject(id, Rejection.Reason.EMPTY, "the payload of record " + id + " is empty");
      return;
    }
    if (decoded.warning() != null) {
      out.warn(id, decoded.warning());
    }
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      out.warn(id, "the crawler truncated this record (" + record.truncated().name().toLowerCase(Locale.ROOT)
          + "): the page may lack its end");
    }
    String name = target == null || target.isBlank() ? id : target;
    out.document(name, id, kind, decoded.text(), Hashing.sha256(payload), new DocumentHints(target, null, null,
        null, null, null));
  }

  /** The HTTP body without its content encoding (gzip, deflate; brotli and zstd where jwarc's libraries are). */
  private byte[] contentDecoded(HttpResponse http, byte[] body, String id) throws IOException {
    String encoding = http.headers().first("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    DecodedBody.Encoding decoder = switch (encoding) {
      case "identity", "none", "" -> null;
      case "gzip", "x-gzip" -> DecodedBody.Encoding.GZIP;
      case "deflate" -> DecodedBody.Encoding.DEFLATE;
      case "br" -> DecodedBody.Encoding.BROTLI;
      case "zstd" -> DecodedBody.Encoding.ZSTD;
      default -> throw new IngestException(Rejection.Reason.UNSUPPORTED,
          "the HTTP body of record " + id + " has an unknown content encoding '" + encoding + "'");
    };
    if (decoder == null) {
      return body;
    }
    try {
      DecodedBody decoded = DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(body)), decoder);
      return Streams.readAtMost(decoded.stream(), maxRecordBytes, "the decoded payload of record " + id);
    } catch (IngestException e) {
      throw e;
    } catch (EOFException e) {
      throw new IngestException(Rejection.Reason.TRUNCATED,
          "the HTTP body of record " + id + " (" + encoding + ") is cut off");
    } catch (IOException | RuntimeException | LinkageError e) {
      // jwarc decodes brotli and zstd only with optional libraries
      throw new IngestException(Rejection.Reason.UNSUPPORTED,
          "the HTTP body of record " + id + " (" + encoding + ") cannot be decoded: " + e.getMessage());
    }
  }

  /** HTML or TEXT for the media types that are articles, else null. */
  private static ContentType kind(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> ContentType.HTML;
      case "text/plain" -> ContentType.TEXT;
      default -> null;
    };
  }
}
