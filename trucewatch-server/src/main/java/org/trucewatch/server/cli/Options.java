package org.trucewatch.server.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.server.report.ReportZone;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option values checked at the boundary: a bad one is a usage error (exit 2) naming the option. */
final class Options {

  private Options() {}

  static LocalDate date(CommandSpec spec, String value, String option) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  static void range(CommandSpec spec, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from (" + from + ") is after --to (" + to
          + ")");
    }
  }

  /** The zone of {@code --tz}, or the configured one when the option is not given. */
  static ReportZone zone(CommandSpec spec, String value, String configured) {
    if (value == null) {
      return ReportZone.of(configured); // checked when the configuration loaded
    }
    try {
      return ReportZone.of(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--tz: " + e.getMessage());
    }
  }

  static void conflict(CommandSpec spec, Profiles profiles, String id) {
    if (id != null && profiles.get(id).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--conflict: no conflict profile '" + id
          + "' (known: " + profiles.idList() + ")");
    }
  }
}
