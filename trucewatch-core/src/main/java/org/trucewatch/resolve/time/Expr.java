package org.trucewatch.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What a time expression says before it is placed on the calendar: the underspecified meaning the rules read off the
 * text, which {@link Resolver} turns into a TIMEX3 value against an anchor. Immutable records.
 */
sealed interface Expr {

  /** Which way a relative expression points: by the tense of its clause, or as its own word says. */
  enum Shift { TENSE, THIS, LAST, NEXT }

  /** Calendar units of relative expressions, with their TIMEX3 letters. */
  enum Unit { DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR, DECADE, CENTURY }

  /** The part of a unit a relative expression keeps: "earlier this month" ends at the anchor. */
  enum Part { WHOLE, EARLIER, LATER }

  /** Anything that names a day, so that a clock time or a part of the day can attach to it. */
  sealed interface DayLike extends Expr {}

  /** Explicit calendar fields; null fields were not said. Day-precise when month and day are present. */
  record Calendar(Integer year, Integer month, Integer day, DayOfWeek weekday) implements DayLike {}

  /** A decade: {@code firstYear} 1990 for "the 1990s". */
  record Decade(int firstYear) implements Expr {}

  /** A century: 20 for "the 20th century" (1900-1999 in TimeML's reading). */
  record Century(int ordinal) implements Expr {}

  /** "Wednesday", "last Wednesday", "next Friday". */
  record Weekday(DayOfWeek day, Shift shift) implements DayLike {}

  /** "over the weekend", "at the weekend": a Saturday and Sunday placed by the tense, as a weekday is. */
  record Weekend(Shift shift) implements Expr {}

  /** A month without a day: "in June", "last June", "next May". */
  record NamedMonth(Month month, Shift shift) implements Expr {}

  /** A month of a year counted from the anchor: "April last year" (-1), "March this year" (0). */
  record MonthOfYear(Month month, int yearOffset) implements Expr {}

  /** A season: "last summer", "winter 2020"; {@code year} null unless written. */
  record Season(String code, Integer year, Shift shift) implements Expr {}

  /** A unit counted from the anchor: "today" (DAY, 0), "last month" (MONTH, -1), "two weeks ago" (WEEK, -2). */
  record Deictic(Unit unit, int offset, Part part) implements DayLike {}

  /** A unit counted from the last day the text mentioned: "the day before" (DAY, -1), "a year later" (YEAR, 1). */
  record Narrative(Unit unit, int offset) implements DayLike {}

  /** A TimeML reference value that names no calendar span: PRESENT_REF, PAST_REF, FUTURE_REF. */
  record Ref(String value) implements Expr {}

  /**
   * A clock time, with the zone the text gave: a fixed {@code offset} ("GMT", "EDT"), a named {@code zone} ("Moscow
   * time", whose offset depends on the day) or neither ("local time", or nothing said).
   */
  record Clock(LocalTime time, ZoneOffset offset, ZoneId zone) implements Expr {}

  /** A clock time on a day: "noon on Saturday", "from 12 hours 00 minutes on October 10". */
  record AtTime(DayLike day, Clock clock) implements Expr {}

  /** A part of a day: "Saturday evening", "tonight", "on the morning of October 4"; {@code code} MO, AF, EV or NI. */
  record DayPart(DayLike day, String code) implements Expr {}

  /** A duration, already in TIMEX3 form: P2W, PT24H, PXY. */
  record Duration(String value) implements Expr {}

  /** A recurring time, already in TIMEX3 form: P1D for "every day", XXXX-WXX-5 for "on Fridays". */
  record Repeat(String value) implements Expr {}

  /** The TIMEX3 type an expression of this kind has. */
  static TimeMention.Type typeOf(Expr e) {
    if (e instanceof Clock || e instanceof AtTime || e instanceof DayPart) {
      return TimeMention.Type.TIME;
    }
    if (e instanceof Duration) {
      return TimeMention.Type.DURATION;
    }
    if (e instanceof Repeat) {
      return TimeMention.Type.SET;
    }
    return TimeMention.Type.DATE;
  }
}
