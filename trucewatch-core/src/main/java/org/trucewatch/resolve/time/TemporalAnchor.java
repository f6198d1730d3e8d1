package org.trucewatch.resolve.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.trucewatch.internal.Validate;

/**
 * The point in time a text speaks from: usually the article's publication date, with its clock time and zone when the
 * page gave them. Relative expressions ("yesterday", "on Wednesday") are resolved against it.
 *
 * @param date the calendar day of writing; required
 * @param time the clock time of writing, or null when unknown
 * @param zone the zone of {@code date} and {@code time}, or null when unknown
 */
public record TemporalAnchor(LocalDate date, LocalTime time, ZoneId zone) {

  public TemporalAnchor {
    Validate.notNull(date, "anchor date");
  }

  /** An anchor that knows only the day. */
  public static TemporalAnchor of(LocalDate date) {
    return new TemporalAnchor(date, null, null);
  }

  /**
   * Reads an ISO-8601 date or date-time as the cleaning stage writes publication dates: {@code 2020-10-14},
   * {@code 2020-10-14T22:05}, {@code 2020-10-25T11:56-04:00}.
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static TemporalAnchor parse(String iso) {
    Validate.notBlank(iso, "anchor value");
    String s = iso.strip();
    try {
      if (s.length() == 10) {
        return of(LocalDate.parse(s));
      }
      if (s.endsWith("Z") || s.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
        OffsetDateTime t = OffsetDateTime.parse(s);
        return new TemporalAnchor(t.toLocalDate(), t.toLocalTime(), t.getOffset());
      }
      LocalDateTime t = LocalDateTime.parse(s);
      return new TemporalAnchor(t.toLocalDate(), t.toLocalTime(), null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not an ISO date or date-time: '" + iso + "'", e);
    }
  }
}
