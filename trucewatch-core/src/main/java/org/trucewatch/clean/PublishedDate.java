package org.trucewatch.clean;

import java.util.Objects;

/**
 * An article's publication date or date-time.
 *
 * @param value ISO-8601: a date ({@code 2020-10-14}), or a date-time with the offset where the page gave a zone
 *     ({@code 2020-10-25T11:56-04:00}) or without one ({@code 2020-10-14T22:05})
 * @param evidence the text the value was read from
 * @param origin where that text was found
 * @param inferred true when the date was taken from another copy of the same story rather than this page
 */
public record PublishedDate(String value, String evidence, DateCandidate.Origin origin, boolean inferred) {

  public PublishedDate {
    Objects.requireNonNull(value, "value");
  }

  /** The calendar date part. */
  public String date() {
    return value.substring(0, 10);
  }
}
