package org.trucewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;

/**
 * Request bodies read at the boundary: the media type must be one the route accepts (415), the size at most the
 * configured limit whether or not the client declared it (413), the bytes UTF-8 and, for JSON routes, well-formed JSON
 * (400). Bodies are read through an {@link UploadGate}: a bounded number at once (503), each within a time (408).
 * Thread-safe.
 */
public final class Bodies {

  /** Media types of JSON Lines as clients send them. */
  public static final Set<String> JSON_LINES = Set.of("application/x-ndjson", "application/jsonl",
      "application/x-jsonlines", "application/jsonlines");

  private final long maxBytes;
  private final ObjectMapper mapper;
  private final UploadGate gate;
  private final String uploadLimits;

  public Bodies(long maxBytes, ObjectMapper mapper) {
    this(maxBytes, mapper, 8, 60, 1024);
  }

  /** With the upload bounds of the server configuration ({@link UploadGate}). */
  public Bodies(long maxBytes, ObjectMapper mapper, int maxConcurrentUploads, int uploadTimeoutSeconds,
      long minBytesPerSecond) {
    this.maxBytes = maxBytes;
    this.mapper = mapper;
    this.gate = new UploadGate(maxConcurrentUploads, uploadTimeoutSeconds * 1000L);
    this.uploadLimits = uploadTimeoutSeconds + " s for a body, arriving at " + minBytesPerSecond
        + " bytes a second or more";
  }

  /** The body as text, after checking its media type against {@code accepted} and its size. */
  public String text(Context ctx, Set<String> accepted) {
    String type = mediaType(ctx);
    if (!accepted.contains(type)) {
      throw ApiException.unsupportedMediaType("Content-Type must be one of " + String.join(", ",
          accepted.stream().sorted().toList()) + (type.isEmpty() ? " (none was given)" : ", not '"
          + Params.clip(type) + "'"));
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(declared);
    }
    byte[] bytes;
    try {
      bytes = gate.read(ctx, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (UploadGate.Late e) {
      throw new ApiException(408, "request_timeout", "the request body " + e.getMessage() + " (the server waits "
          + uploadLimits + ")");
    } catch (IOException e) {
      // the message of a Jetty I/O failure names internals (EofException, a channel): the client needs none of it
      throw ApiException.badRequest("the request body could not be read: the connection failed or ended early");
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the request body is not UTF-8 text");
    }
  }

  /** The body as one JSON value of a route that takes {@code application/json}. */
  public JsonNode json(Context ctx) {
    String text = text(ctx, Set.of("application/json"));
    return parse(text, "the request body");
  }

  /** Parses JSON text; malformed JSON is a 400 naming {@code what} and the position. */
  public JsonNode parse(String text, String what) {
    if (text.isBlank()) {
      throw ApiException.badRequest(what + " is empty");
    }
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw ApiException.badRequest(what + " is not valid JSON" + (loc == null ? "" : " (line "
          + loc.getLineNr() + ", column " + loc.getColumnNr() + ")") + ": " + Params.clip(e.getOriginalMessage()));
    }
  }

  /** The media type without parameters, lower case; empty when absent. */
  static String mediaType(Context ctx) {
    String ct = ctx.header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private ApiException tooLarge(long size) {
    return ApiException.tooLarge("the request body (" + size + " bytes or more) is larger than the limit of "
        + maxBytes + " bytes");
  }
}
