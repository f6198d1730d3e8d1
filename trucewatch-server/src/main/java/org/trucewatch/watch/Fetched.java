package org.trucewatch.watch;

import java.time.Instant;

/** The outcome of one polite fetch. */
public sealed interface Fetched {

  /** A body downloaded in full (status 200), from {@code finalUrl} after redirects. */
  record Body(String finalUrl, byte[] bytes, String contentType, String etag, String lastModified)
      implements Fetched {

    /** The charset parameter of the Content-Type, or null. */
    public String charset() {
      if (contentType == null) {
        return null;
      }
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          return p.substring(8).replace("\"", "").strip();
        }
      }
      return null;
    }

    /** The media type without parameters, lower case; empty when none was sent. */
    public String mediaType() {
      return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** 304: what we hold is current; nothing was downloaded. */
  record NotModified() implements Fetched {}

  /**
   * The fetch failed.
   *
   * @param status the last HTTP status, 0 when none came
   * @param reason one line naming what went wrong
   * @param retryAt when the server asked us to come back (Retry-After), else null
   * @param permanent whether trying again soon would fail the same way (robots.txt, too large, not HTML, 404)
   */
  record Failed(int status, String reason, Instant retryAt, boolean permanent) implements Fetched {}
}
