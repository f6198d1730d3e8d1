package org.trucewatch.resolve.time;

import static org.trucewatch.resolve.time.Rule.L;
import static org.trucewatch.resolve.time.Rule.R;
import static org.trucewatch.resolve.time.Rule.charAt;
import static org.trucewatch.resolve.time.Rule.charBefore;
import static org.trucewatch.resolve.time.Rule.span;
import static org.trucewatch.resolve.time.Rule.wordAfter;
import static org.trucewatch.resolve.time.Rule.wordBefore;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trucewatch.resolve.time.Expr.Calendar;
import org.trucewatch.resolve.time.Expr.Shift;

/**
 * Rules for calendar expressions: full and partial dates in words and digits, years, decades, centuries, months,
 * seasons and weekdays. Month names must be capitalised ("may" and "march" are verbs); a bare month or season needs a
 * temporal word before it; a bare number counts as a year only where a count noun or a quantity word does not claim it.
 */
final class DateRules {

  private static final java.util.regex.Pattern NUMBER_SIGN = java.util.regex.Pattern.compile("(?i).*\\bno\\.\\s*"); // compiled once, not per year

  private static final Pattern DIMENSION_BEFORE = Pattern.compile(
      "\\d(?:\\s*(?<unit>\\p{L}+))?\\s*(?<op>by|x|×)\\s*$");
  private static final Pattern DIMENSION_AFTER = Pattern.compile("\\s*(?:x|×)\\s*\\d");

  private DateRules() {}

  static List<Rule> rules(Lexicon lx) {
    String month = "(?<mon>" + lx.monthNamePattern() + "|" + lx.monthAbbreviationPattern() + ")";
    String weekdayFull = "(?i:" + String.join("|", lx.weekdays().keySet()) + ")";
    String weekdayAbbr = lx.weekdayAbbreviations().keySet().stream().map(Lexicon::capitalise)
        .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|", "(?:", ")\\.?"));
    String weekdayPrefix = "(?:(?<wd>" + weekdayFull + "|" + weekdayAbbr + "),?\\s+)?";
    String day = "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    String year = "(?<year>(?:1\\d|20)\\d\\d)";
    String optYear = "(?:,?\\s+" + year + R + ")?";
    String nightBeforeYear = "(?:[-–](?:3[01]|[12]\\d|0?[1-9])(?=,?\\s+(?:1\\d|20)\\d\\d(?!\\d)))?";
    String shift = "(?:(?<shift>(?i:last|next|this|past|coming))\\s+)?";
    Set<String> monthWords = new HashSet<>(lx.months().keySet());
    monthWords.addAll(lx.monthAbbreviations().keySet());
    Set<String> weekdayWords = new HashSet<>(lx.weekdays().keySet());
    lx.weekdays().keySet().forEach(w -> weekdayWords.add(w + "s"));

    return List.of(
        Rule.of("iso-date", L + year + "-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
                + "(?:[T ](?<h>[01]\\d|2[0-3]):(?<min>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?<z>Z|[+-]\\d\\d:?\\d\\d)?)?"
                + "(?![\\p{N}-])",
            (m, t) -> span(m, isoDate(m))).startingWith(Rule.DIGITS),
        Rule.of("numeric-date", L + "(?<a>0?[1-9]|[12]\\d|3[01])(?<sep>[./])(?<b>0?[1-9]|[12]\\d|3[01])\\k<sep>"
                + year + "(?![\\p{N}]|[./]\\d)",
            (m, t) -> span(m, numericDate(m))).startingWith(Rule.DIGITS),
        // "February 24-25, 2021": the night's two days before a year take that year (its first day is the date)
        Rule.of("month-day", L + weekdayPrefix + month + "\\s+" + day + nightBeforeYear + R + optYear,
            (m, t) -> span(m, monthDay(lx, m, t))).near(monthWords, 20, 30),
        Rule.of("day-month", L + weekdayPrefix + "(?:(?i:the)\\s+)?" + day + "\\s+(?:(?i:of)\\s+)?" + month
                + "(?![\\p{L}])" + optYear,
            (m, t) -> span(m, monthDay(lx, m, t))).near(monthWords, 40, 30),
        Rule.of("month-year", L + month + "(?:\\s+(?i:of))?,?\\s+" + year + R,
            (m, t) -> span(m, new Calendar(Integer.valueOf(m.group("year")), lx.month(m.group("mon")), null, null)))
            .near(monthWords, 1, 20),
        Rule.of("year", L + year + R, (m, t) -> span(m, year(lx, m, t))).startingWith(Rule.DIGITS),
        Rule.of("year-range-end", "(?<=(?:1\\d|20)\\d\\d[-–/])(?<yy>\\d\\d)" + R,
            (m, t) -> span(m, yearRangeEnd(m, t))).startingWith(Rule.DIGITS),
        Rule.of("decade", L + "(?:(?i:the)\\s+)?(?:(?i:early|mid|late)[- ]?)?"
                + "(?:(?<dec>(?:1\\d|20)\\d0)|['‘’](?<yy>\\d0))['’]?s" + R,
            (m, t) -> span(m, m.group("dec") != null ? new Expr.Decade(Integer.parseInt(m.group("dec")))
                : new Expr.Decade(Integer.parseInt(m.group("yy"))))).startingWith(Rule.DIGITS + "tTeEmMlL'‘’").needing("0s", "0's", "0’s"),
        Rule.of("century", L + "(?:(?i:the)\\s+)?(?:(?i:early|mid|late)[- ]?)?"
                + "(?:(?<ord>1\\d|2[01]|[1-9])(?:st|nd|rd|th)|(?<word>(?i:nineteenth|twentieth|twenty-first)))"
                + "[- ](?i:century)" + R,
            (m, t) -> span(m, new Expr.Century(centuryOrdinal(m)))).near(Set.of("century"), 40, 1),
        Rule.of("month", L + shift + "(?<mon>" + lx.monthNamePattern() + ")" + R,
            (m, t) -> span(m, month(lx, m, t))).near(lx.months().keySet(), 10, 1),
        Rule.of("season", L + "(?:(?i:the)\\s+)?" + shift
                + "(?<season>(?i:spring|summer|autumn|fall|winter))(?:\\s+(?:(?i:of)\\s+)?" + year + R + ")?" + R,
            (m, t) -> span(m, season(lx, m, t))).near(lx.seasons().keySet(), 20, 15),
        Rule.of("weekday", L + shift + "(?<wd>" + weekdayFull + ")(?<plural>s)?" + R,
            (m, t) -> span(m, weekday(lx, m, t))).near(weekdayWords, 10, 1));
  }

  private static Expr isoDate(Matcher m) {
    int y = Integer.parseInt(m.group("year"));
    int mo = Integer.parseInt(m.group("mo"));
    int d = Integer.parseInt(m.group("d"));
    if (!validDay(y, mo, d)) {
      return null;
    }
    Calendar date = new Calendar(y, mo, d, null);
    if (m.group("h") == null) {
      return date;
    }
    LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")));
    ZoneOffset offset = m.group("z") == null ? null : ZoneOffset.of(normaliseOffset(m.group("z")));
    return new Expr.AtTime(date, new Expr.Clock(time, offset, null));
  }

  /** "+0400" and "+04:00" both as "+04:00"; "Z" as is. */
  static String normaliseOffset(String z) {
    return z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
  }

  /** Day-first with dots (European and Russian usage); with slashes only when the order cannot be mistaken. */
  private static Expr numericDate(Matcher m) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    int y = Integer.parseInt(m.group("year"));
    int d;
    int mo;
    if (m.group("sep").equals(".") || a > 12 && b <= 12 || a == b) {
      d = a;
      mo = b;
    } else if (b > 12 && a <= 12) {
      d = b;
      mo = a;
    } else {
      return null;
    }
    return mo <= 12 && validDay(y, mo, d) ? new Calendar(y, mo, d, null) : null;
  }

  private static Expr monthDay(Lexicon lx, Matcher m, String t) {
    int mo = lx.month(m.group("mon"));
    int d = Integer.parseInt(m.group("day"));
    Integer y = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    if (mo == 0 || !validDay(y, mo, d)) {
      return null;
    }
    // "June 5,000" is a count and "Oct. 10:30" a clock
    char after = charAt(t, m.end());
    if ((after == ':' || after == ',' || after == '.') && Character.isDigit(charAt(t, m.end() + 1))) {
      return null;
    }
    String wd = m.group("wd");
    DayOfWeek weekday = wd == null ? null : DayOfWeek.of(lx.weekday(wd));
    return new Calendar(y, mo, d, weekday);
  }

  /**
   * A bare four-digit number is a year unless it reads as a count: after a quantity word, currency or "No.", before a
   * count noun or a decimal part. Years before 1900 also need a temporal word before them.
   */
  private static Expr year(Lexicon lx, Matcher m, String t) {
    int y = Integer.parseInt(m.group("year"));
    int start = m.start();
    int end = m.end();
    char before = charBefore(t, start);
    char after = charAt(t, end);
    if ("$€£#¥".indexOf(before) >= 0 || NUMBER_SIGN.matcher(t.substring(Math.max(0, start - 4), start)).matches()) {
      return null;
    }
    if ((after == ',' || after == '.' || after == ':') && Character.isDigit(charAt(t, end + 1))
        || after == '%' || after == '-' && Character.isLetter(charAt(t, end + 1))) {
      return null;
    }
    // "1,994", "3.2020", "04/05/2020": part of a larger number or of a date this rule cannot read
    if ((before == ',' || before == '.' || before == '/') && Character.isDigit(charBefore(t, start - 1))) {
      return null;
    }
    String prev = wordBefore(t, start);
    String next = wordAfter(t, end);
    if (lx.quantityModifiers().contains(prev) || lx.countNouns().contains(next)) {
      return null;
    }
    if (isDimension(t, start, end, next)) {
      return null;
    }
    if (y < 1900 && !lx.temporalPrepositions().contains(prev)) {
      return null;
    }
    return new Calendar(y, null, null, null);
  }

  /**
   * "1920 x 1080", "1080 by 1920", "1080 pixels by 1920 pixels" are dimensions; "400 million by 2030" is a deadline,
   * told apart by the unit not coming back after the second number.
   */
  private static boolean isDimension(String t, int start, int end, String next) {
    if (DIMENSION_AFTER.matcher(t).region(end, Math.min(t.length(), end + 12)).lookingAt()) {
      return true;
    }
    Matcher m = DIMENSION_BEFORE.matcher(t.substring(Math.max(0, start - 24), start));
    if (!m.find()) {
      return false;
    }
    String unit = m.group("unit");
    return unit == null || !m.group("op").equalsIgnoreCase("by") || unit.equalsIgnoreCase(next);
  }

  /** The second year of "1957-58" or "2009/10": the century of the first, one year after it. */
  private static Expr yearRangeEnd(Matcher m, String t) {
    int first = Integer.parseInt(t.substring(m.start() - 5, m.start() - 1));
    int yy = Integer.parseInt(m.group("yy"));
    return (first + 1) % 100 == yy ? new Calendar(first + 1, null, null, null) : null;
  }

  private static int centuryOrdinal(Matcher m) {
    if (m.group("ord") != null) {
      return Integer.parseInt(m.group("ord"));
    }
    return switch (m.group("word").toLowerCase(Locale.ROOT)) {
      case "nineteenth" -> 19;
      case "twentieth" -> 20;
      default -> 21;
    };
  }

  private static Expr month(Lexicon lx, Matcher m, String t) {
    Shift shift = shift(m.group("shift"));
    if (shift == Shift.TENSE && !lx.temporalPrepositions().contains(wordBefore(t, m.start()))) {
      return null;
    }
    return new Expr.NamedMonth(Month.of(lx.month(m.group("mon"))), shift);
  }

  /** A bare season needs a temporal word before it ("in summer", "during the winter"); "fall" needs more. */
  private static Expr season(Lexicon lx, Matcher m, String t) {
    String name = m.group("season").toLowerCase(Locale.ROOT);
    Shift shift = shift(m.group("shift"));
    Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    if (shift == Shift.TENSE && year == null) {
      // "fall" alone is a verb or a collapse; a capitalised season inside a sentence names something ("Arab Spring")
      boolean capitalised = Character.isUpperCase(m.group("season").charAt(0));
      if (name.equals("fall") || capitalised && !Rule.sentenceInitial(t, m.start())
          && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
        return null;
      }
      String prev = wordBefore(t, m.start());
      if (!lx.temporalPrepositions().contains(prev) || prev.equals("and") || prev.equals("or")) {
        return null;
      }
    }
    return new Expr.Season(lx.seasons().get(name), year, shift);
  }

  private static Expr weekday(Lexicon lx, Matcher m, String t) {
    String prev = wordBefore(t, m.start());
    if (m.group("shift") == null && lx.weekdayNamePrefixes().contains(prev)) {
      return null;
    }
    int iso = lx.weekday(m.group("wd"));
    if (m.group("plural") != null) {
      return m.group("shift") == null ? new Expr.Repeat("XXXX-WXX-" + iso) : null;
    }
    return new Expr.Weekday(DayOfWeek.of(iso), shift(m.group("shift")));
  }

  static Shift shift(String word) {
    if (word == null) {
      return Shift.TENSE;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "last", "past", "previous" -> Shift.LAST;
      case "next", "coming" -> Shift.NEXT;
      default -> Shift.THIS;
    };
  }

  static boolean validDay(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    boolean leap = year == null || Year.isLeap(year);
    return day <= Month.of(month).length(leap);
  }
}
