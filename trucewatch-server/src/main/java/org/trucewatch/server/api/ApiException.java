package org.trucewatch.server.api;

/**
 * A request the API refuses, with the HTTP status and a message for the client. Thrown by handlers and turned into
 * the JSON error body {@code {error, status, detail}} by {@link ApiServer}; never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  public ApiException(int status, String error, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.error = error;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad_request", detail);
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "unauthorized", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(403, "forbidden", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not_found", detail);
  }

  public static ApiException tooLarge(String detail) {
    return new ApiException(413, "payload_too_large", detail);
  }

  public static ApiException unsupportedMediaType(String detail) {
    return new ApiException(415, "unsupported_media_type", detail);
  }

  public static ApiException unprocessable(String detail) {
    return new ApiException(422, "unprocessable_entity", detail);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String detail() {
    return getMessage();
  }
}
