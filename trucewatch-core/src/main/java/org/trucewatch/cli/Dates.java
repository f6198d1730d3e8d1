package org.trucewatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Validates date options at the boundary. */
final class Dates {

  private Dates() {}

  static void check(String value, String option) {
    if (value == null) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageError(option + " must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }
}
