package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed URI or header refused before any route, an idle timeout, a servlet error) in the
 * API's shape {@code {error, status, detail}} instead of Jetty's HTML page: the detail is a fixed sentence per status,
 * never an exception's name or message.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
      String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
    SecurityHeaders.apply(response.getHeaders());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(body(status));
  }

  /** The JSON body for {@code status}. */
  static byte[] body(int status) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", slug(status));
    o.put("status", status);
    o.put("detail", detail(status));
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String slug(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? "error" : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "the request is malformed (a bad URI, percent-encoding, UTF-8 or header) and was refused";
      case 408 -> "the request took too long to arrive and was abandoned";
      case 413 -> "the request is larger than the server accepts";
      case 414 -> "the request URI is too long";
      case 431 -> "the request headers are too large";
      case 404 -> "no such resource";
      case 405 -> "the method is not allowed here";
      case 503 -> "the server is busy; retry shortly";
      default -> status >= 500 ? "the server could not answer this request; the error is in its log"
          : "the request was refused (" + status + ")";
    };
  }
}
