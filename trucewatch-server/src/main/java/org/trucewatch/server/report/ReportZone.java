package org.trucewatch.server.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The time zone a daily report is written in: its window runs from midnight to midnight there, and every time of
 * day the report gives (an observation, a publication, a truce's start) is converted into it. A time given with an
 * offset converts; a date alone, or a time without an offset, has no instant and stays as given. Immutable.
 *
 * @param zone the zone (UTC by default)
 */
public record ReportZone(ZoneId zone) {

  /** UTC, the default: a report read in several countries states its times once, in one zone everyone knows. */
  public static final ReportZone UTC = new ReportZone(ZoneOffset.UTC);

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

  public ReportZone {
    if (zone == null) {
      throw new IllegalArgumentException("zone is null");
    }
  }

  /**
   * A zone by its name: an IANA region ("Asia/Baku", "Europe/Kyiv"), "UTC", or an offset ("+04:00").
   *
   * @throws IllegalArgumentException naming the value, when it is none of these
   */
  public static ReportZone of(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a time zone is needed (an IANA name such as Asia/Baku, or UTC)");
    }
    try {
      return new ReportZone(name.strip().equalsIgnoreCase("UTC") || name.strip().equals("Z") ? ZoneOffset.UTC
          : ZoneId.of(name.strip()));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + name + "' is not a time zone (an IANA name such as Asia/Baku or "
          + "Europe/Kyiv, UTC, or an offset such as +04:00)");
    }
  }

  /** The zone's name as written in a report: "UTC", "Asia/Baku", "+04:00". */
  public String name() {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** Midnight at the start of a day in this zone (a day may be 23 or 25 hours long where clocks change). */
  public OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(zone).toOffsetDateTime();
  }

  /** A report's window: the day and the day before it, midnight to midnight in this zone. */
  public SituationReport.Window window(LocalDate day) {
    return new SituationReport.Window(startOf(day).toString(), startOf(day.plusDays(1)).toString(),
        startOf(day.minusDays(1)).toString(), name());
  }

  /**
   * A time as this zone reads it: an ISO date-time with an offset becomes the same instant here (ISO, with this
   * zone's offset); a date, a time without an offset, or text that is no time at all comes back as given.
   */
  public String convert(String iso) {
    Instant at = instant(iso);
    return at == null ? iso : at.atZone(zone).toOffsetDateTime().toString();
  }

  /**
   * The day a time falls on in this zone: the instant's day here when it has an offset, else the date it was given
   * with; null for text that is no time.
   */
  public LocalDate dayOf(String iso) {
    Instant at = instant(iso);
    if (at != null) {
      return at.atZone(zone).toLocalDate();
    }
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A time for a person: "2020-10-25 15:56 UTC" for one with an instant (converted into this zone), the date alone
   * for a date, "2020-10-25 01:00 (zone not given)" for a local time without an offset.
   */
  public String display(String iso) {
    if (iso == null) {
      return null;
    }
    Instant at = instant(iso);
    if (at != null) {
      return DISPLAY.format(at.atZone(zone)) + " " + name();
    }
    try {
      return DISPLAY.format(LocalDateTime.parse(iso)) + " (zone not given)";
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** A time with an offset as the clock here reads it, "2020-10-25 00:00", without the zone; else as given. */
  public String wallClock(String iso) {
    Instant at = instant(iso);
    return at == null ? iso : DISPLAY.format(at.atZone(zone));
  }

  /** The offset from UTC here at a time with an offset, "UTC+04:00" ("UTC" at UTC); null for other text. */
  public String offsetAt(String iso) {
    Instant at = instant(iso);
    if (at == null) {
      return null;
    }
    ZoneOffset o = zone.getRules().getOffset(at);
    return o.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + o.getId();
  }

  /** The instant of an ISO date-time with an offset or zone, or null. */
  static Instant instant(String iso) {
    if (iso == null || iso.length() <= 10) {
      return null;
    }
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return ZonedDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
