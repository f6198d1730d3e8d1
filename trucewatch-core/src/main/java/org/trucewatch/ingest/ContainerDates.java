package org.trucewatch.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.trucewatch.clean.DateStrings;

/**
 * Checks a container's {@code published} value (a JSON line's field, a feed item's date) when it is read, so that a
 * value cleaning will drop is reported against its record instead of vanishing. Stateless and thread-safe.
 */
final class ContainerDates {

  // cleaning trusts no publication date before this (PublicationDates) or after tomorrow
  private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

  private ContainerDates() {}

  /**
   * What is wrong with {@code published}, in words after the field's name; null when it is absent or usable.
   * {@code today} is the reader's day (from the ingestor's clock), past which a date is in the future.
   */
  static String problem(String published, LocalDate today) {
    if (published == null || published.isBlank()) {
      return null;
    }
    Optional<DateStrings.Parsed> parsed = DateStrings.parse(published);
    String quoted = "\"" + clip(published.strip()) + "\"";
    if (parsed.isEmpty()) {
      return quoted + " is not a date TruceWatch reads (ISO 8601, RFC 1123 or '14 October 2020')";
    }
    LocalDate d = parsed.get().date();
    if (d.isBefore(EARLIEST)) {
      return quoted + " is before " + EARLIEST + " and is not taken as a publication date";
    }
    if (d.isAfter(today.plusDays(1))) {
      return quoted + " is in the future and is not taken as a publication date";
    }
    return null;
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }
}
