package org.trucewatch.server.api;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The headers every response carries, set by a Jetty customizer before any handler runs (API, dashboard files, errors)
 * and again by {@link JsonErrorHandler} for requests Jetty refuses before that. The dashboard loads only its own
 * scripts and styles and Leaflet from the WebJar, so the policy allows no inline script and no other origin; inline
 * style attributes stay allowed because the charts and the map colour their elements with them.
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {

  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    apply(responseHeaders);
    return request;
  }

  /** Puts the headers on {@code fields}, replacing any earlier values. */
  public static void apply(HttpFields.Mutable fields) {
    fields.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("X-Frame-Options", "DENY");
    fields.put("Referrer-Policy", "no-referrer");
  }
}
