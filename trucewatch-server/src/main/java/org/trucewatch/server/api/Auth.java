package org.trucewatch.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The API token check: writing always needs {@code Authorization: Bearer <token>}, reading only when the
 * configuration says so. The token comes from the environment variable the configuration names; when it is unset,
 * writing is disabled (403 with the variable's name) rather than open. Immutable and thread-safe.
 */
public final class Auth {

  private final String token;
  private final String tokenEnv;
  private final boolean readRequiresToken;
  private final boolean writable;

  /**
   * @param token the API token, or null/blank when writing is disabled
   * @param tokenEnv the environment variable's name, for messages
   * @param readRequiresToken whether reading needs the token too
   * @param writable false for a server that serves reads only
   */
  public Auth(String token, String tokenEnv, boolean readRequiresToken, boolean writable) {
    this.writable = writable;
    this.token = token == null || token.isBlank() ? null : token;
    this.tokenEnv = tokenEnv;
    this.readRequiresToken = readRequiresToken;
  }

  /** Checks a request for a route; throws 401 (no or malformed credentials) or 403 (wrong token, or disabled). */
  public void check(Context ctx, boolean writes) {
    if (!writes && !readRequiresToken) {
      return;
    }
    if (writes && !writable) {
      throw ApiException.forbidden("writing is disabled: this server serves reads only");
    }
    if (token == null) {
      throw ApiException.forbidden((writes ? "writing" : "reading") + " is disabled: the server was started "
          + "without an API token (set the environment variable " + tokenEnv + ")");
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("this request needs the header 'Authorization: Bearer <token>'");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_request\"");
      throw ApiException.unauthorized("the Authorization header must be 'Bearer <token>'");
    }
    // Constant-time comparison, so response times do not reveal how much of a guess was right.
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      throw ApiException.forbidden("the API token is not valid");
    }
  }
}
