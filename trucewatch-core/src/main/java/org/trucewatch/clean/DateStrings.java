package org.trucewatch.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date strings pages and feeds print for their publication date ("2020-10-14T22:05:00+03:30", "Wed, 14 Oct
 * 2020 22:05:00 GMT", "14 October 2020 - 22:05", "Sunday 25 October 2020 11:56 EDT", "Oct. 14, 2020") into ISO-8601
 * values. A string that is ambiguous (04/05/2020) or not a date gives empty: a wrong date is worse than none.
 */
public final class DateStrings {

  /** A parsed date string: the calendar date, and the time and offset where they were printed. */
  public record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {
    /** ISO-8601: date, date-time, or date-time with offset. */
    public String iso() {
      if (time == null) {
        return date.toString();
      }
      String t = time.getSecond() == 0 && time.getNano() == 0
          ? time.format(DateTimeFormatter.ofPattern("HH:mm")) : time.withNano(0).toString();
      return date + "T" + t + (offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId());
    }
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  // Zone abbreviations printed by news sites, limited to unambiguous ones (IST, CST in Asia... are left out on purpose).
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("Z", "Z"), Map.entry("BST", "+01:00"),
      Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
      Map.entry("MSK", "+03:00"), Map.entry("TRT", "+03:00"), Map.entry("AZT", "+04:00"), Map.entry("AMT", "+04:00"),
      Map.entry("GET", "+04:00"), Map.entry("IRST", "+03:30"), Map.entry("EDT", "-04:00"), Map.entry("EST", "-05:00"),
      Map.entry("CDT", "-05:00"), Map.entry("MDT", "-06:00"), Map.entry("MST", "-07:00"), Map.entry("PDT", "-07:00"),
      Map.entry("PST", "-08:00"), Map.entry("ET", "-05:00"));

  private static final String MONTH_NAME =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:[-–—|,@]|at)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?"
          + "(?:\\s*\\(?\\s*((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[A-Z]{1,4}\\b|[+-]\\d{2}:?\\d{2})\\)?)?)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + WEEKDAY + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC = Pattern.compile(
      "\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b" + TIME);
  private static final Pattern ISO_LIKE = Pattern.compile(
      "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?$");

  // At the start of a path segment (or of the bare "2020/10/14" a collector kept): separated, or compact as 20201014.
  private static final Pattern URL_DATE = Pattern.compile(
      "(?:^|/)((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)"
          + "|(?:^|/)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

  private DateStrings() {}

  /**
   * The date in a URL's path (/2020/10/14/, /2020-10-14-title, /20201014-title), or in the bare "2020/10/14" or
   * "20201014" a collector took from one; empty otherwise: a bare /2020/10/ is not a day.
   */
  public static Optional<Parsed> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    int g = m.group(1) != null ? 1 : 4;
    try {
      return Optional.of(new Parsed(LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
          Integer.parseInt(m.group(g + 2))), null, null));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Parses {@code raw}, or empty when it holds no unambiguous date. */
  public static Optional<Parsed> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    try {
      Optional<Parsed> p = rfc1123(s);
      if (p.isPresent()) {
        return p;
      }
      Matcher m = ISO_LIKE.matcher(s);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        LocalTime t = m.group(4) == null ? null : LocalTime.of(Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneOffset z = m.group(7) == null || t == null ? null : ZoneOffset.of(colon(m.group(7)));
        return Optional.of(new Parsed(d, midnightIsUnknown(t, z), z));
      }
      m = COMPACT.matcher(s);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return Optional.of(new Parsed(d, null, null));
      }
      m = DAY_MONTH_YEAR.matcher(s);
      if (m.find()) {
        return Optional.of(withTime(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
            Integer.parseInt(m.group(1))), m, 4));
      }
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.find()) {
        return Optional.of(withTime(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
            Integer.parseInt(m.group(2))), m, 4));
      }
      m = NUMERIC.matcher(s);
      if (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        if (a <= 12 && b <= 12 && a != b) {
          return Optional.empty(); // 04/05/2020: day-first or month-first cannot be told
        }
        LocalDate d = a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        return Optional.of(withTime(d, m, 5));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Parsed> rfc1123(String s) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new Parsed(t.toLocalDate(), t.toLocalTime(), t.getOffset()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Parsed withTime(LocalDate d, Matcher m, int g) {
    if (m.group(g) == null) {
      return new Parsed(d, null, null);
    }
    int hour = Integer.parseInt(m.group(g));
    int minute = Integer.parseInt(m.group(g + 1));
    int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
    String ampm = m.group(g + 3);
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return new Parsed(d, null, null);
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return new Parsed(d, null, null);
    }
    ZoneOffset z = zone(m.group(g + 4));
    return new Parsed(d, LocalTime.of(hour, minute, second), z);
  }

  private static ZoneOffset zone(String z) {
    if (z == null) {
      return null;
    }
    String t = z.replace(" ", "").toUpperCase(Locale.ROOT);
    String fixed = ZONES.get(t);
    if (fixed != null) {
      return ZoneOffset.of(fixed);
    }
    Matcher m = Pattern.compile("^(?:GMT|UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?$").matcher(t);
    if (m.find()) {
      int h = Integer.parseInt(m.group(2));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      try {
        return ZoneOffset.ofHoursMinutes(m.group(1).equals("-") ? -h : h, m.group(1).equals("-") ? -min : min);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  // A time of exactly 00:00:00 with no zone is how many CMSs print "date only".
  private static LocalTime midnightIsUnknown(LocalTime t, ZoneOffset z) {
    return t != null && t.equals(LocalTime.MIDNIGHT) && z == null ? null : t;
  }

  private static String colon(String offset) {
    if (offset.equals("Z") || offset.contains(":")) {
      return offset;
    }
    return offset.substring(0, 3) + ":" + offset.substring(3);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** The calendar date and time as a local date-time, for ordering. */
  static LocalDateTime sortKey(Parsed p) {
    return p.date().atTime(p.time() == null ? LocalTime.MIDNIGHT : p.time());
  }
}
