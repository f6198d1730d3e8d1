package org.trucewatch.watch;

import java.time.Duration;

/**
 * How politely and how patiently the fetcher works.
 *
 * @param userAgent sent with every request, and the name robots.txt rules are matched against
 * @param timeout connect and response timeout of one request
 * @param maxBytes the largest body read (as for files: 16 MiB); a larger one is refused unread
 * @param hostInterval the least time between two requests to one host (robots.txt Crawl-delay may lengthen it)
 * @param retries further tries after a 429, a 5xx or a network failure
 * @param backoff the first wait before a retry, doubled each time, when the answer names none (Retry-After)
 * @param maxWait the longest Retry-After honoured by waiting; a longer one fails the fetch until then
 * @param maxRedirects redirects followed at most
 */
public record FetchPolicy(String userAgent, Duration timeout, long maxBytes, Duration hostInterval, int retries,
    Duration backoff, Duration maxWait, int maxRedirects) {

  /** The product token robots.txt groups are matched against. */
  public static final String ROBOT_NAME = "trucewatch";

  public static FetchPolicy defaults(String version) {
    return new FetchPolicy("TruceWatch/" + version + " (+https://github.com/trucewatch)", Duration.ofSeconds(30),
        16L * 1024 * 1024, Duration.ofSeconds(2), 3, Duration.ofSeconds(2), Duration.ofMinutes(5), 5);
  }
}
