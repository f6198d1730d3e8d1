package org.trucewatch.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.resolve.time.Expr.Calendar;
import org.trucewatch.resolve.time.Expr.Part;
import org.trucewatch.resolve.time.Expr.Shift;
import org.trucewatch.resolve.time.Expr.Unit;
import org.trucewatch.resolve.time.TenseCues.Tense;

/**
 * Places an {@link Expr} on the calendar: against the anchor for deictic expressions, against the last day the text
 * named for narrative ones, choosing direction by tense where the words leave it open. Stateless.
 *
 * <p>The choices, made for news, which mostly reports what has happened: a weekday in past or unmarked context is
 * the latest such day on or before the anchor, in future context the first on or after it, in present or
 * future-in-past context ("agreed to meet on Friday") the nearer of the two. A month-day without a year takes the year
 * that puts it latest on or before the anchor (three days of slack: time zones, and a plan a past clause reports)
 * in past or unmarked context, the first occurrence within six months after it in future context (else the past
 * one), and the nearest occurrence in present or future-in-past context; a month or season alone likewise. A weekday
 * written with a month-day ("Thursday, Oct. 22") picks the year that makes it that weekday.
 */
final class Resolver {

  /**
   * How far after the anchor a month-day told in a past or unmarked clause is still this year's: a day for time zones,
   * and the next days for a plan a past clause reports ("agreed a truce from midnight on 15 February", two days on);
   * a date a year old is written with its year.
   */
  private static final int PAST_SLACK_DAYS = 3;

  /** How far ahead a future month-day may lie before the past reading is preferred. */
  private static final int FUTURE_HORIZON_DAYS = 183;
  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  /** A resolved reading; every field may be null. */
  record Resolution(String value, LocalDate date, LocalDate rangeStart, LocalDate rangeEnd, LocalTime time,
      ZoneOffset offset, String partOfDay) {

    static final Resolution NONE = new Resolution(null, null, null, null, null, null, null);

    static Resolution value(String value) {
      return new Resolution(value, null, null, null, null, null, null);
    }

    static Resolution day(LocalDate d) {
      return new Resolution(d.toString(), d, null, null, null, null, null);
    }

    static Resolution span(String value, LocalDate start, LocalDate end) {
      return new Resolution(value, null, start, end, null, null, null);
    }
  }

  Resolution resolve(Expr e, TemporalAnchor anchor, Tense tense, LocalDate reference) {
    LocalDate now = anchor == null ? null : anchor.date();
    if (e instanceof Calendar c) {
      return calendar(c, now, tense);
    }
    if (e instanceof Expr.Weekday w) {
      return now == null ? Resolution.NONE : Resolution.day(weekday(w, now, tense));
    }
    if (e instanceof Expr.Weekend w) { // its Saturday read as a weekday is, then the Sunday after it
      if (now == null) {
        return Resolution.NONE;
      }
      LocalDate saturday = weekday(new Expr.Weekday(DayOfWeek.SATURDAY, w.shift()), now, tense);
      return Resolution.span(String.format("%04d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
          saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), saturday, saturday.plusDays(1));
    }
    if (e instanceof Expr.NamedMonth nm) {
      return namedMonth(nm, now, tense);
    }
    if (e instanceof Expr.MonthOfYear my) { // "April last year": the year is said, only counted from the anchor
      if (now == null) {
        return Resolution.value(String.format("XXXX-%02d", my.month().getValue()));
      }
      YearMonth ym = YearMonth.of(now.getYear() + my.yearOffset(), my.month());
      return Resolution.span(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }
    if (e instanceof Expr.Season s) {
      return season(s, now, tense);
    }
    if (e instanceof Expr.Decade d) {
      return decade(d, now);
    }
    if (e instanceof Expr.Century c) {
      int first = (c.ordinal() - 1) * 100;
      return Resolution.span(String.format("%02d", c.ordinal() - 1), LocalDate.of(first, 1, 1),
          LocalDate.of(first + 99, 12, 31));
    }
    if (e instanceof Expr.Deictic d) {
      return now == null ? Resolution.NONE : counted(d.unit(), d.offset(), d.part(), now);
    }
    if (e instanceof Expr.Narrative n) {
      // "A day earlier, ..." opening a paragraph with no day named just before counts back from the time of writing
      LocalDate from = reference != null ? reference : n.offset() < 0 ? now : null;
      return from == null ? Resolution.NONE : counted(n.unit(), n.offset(), Part.WHOLE, from);
    }
    if (e instanceof Expr.Clock c) {
      return clock(c, null, now);
    }
    if (e instanceof Expr.AtTime at) {
      return clock(at.clock(), resolve(at.day(), anchor, tense, reference), now);
    }
    if (e instanceof Expr.DayPart dp) {
      Resolution day = resolve(dp.day(), anchor, tense, reference);
      return new Resolution(day.value() == null ? null : day.value() + "T" + dp.code(), day.date(), null, null, null,
          null, partOfDay(dp.code()));
    }
    if (e instanceof Expr.Ref r) {
      return Resolution.value(r.value());
    }
    if (e instanceof Expr.Duration d) {
      return Resolution.value(d.value());
    }
    return Resolution.value(((Expr.Repeat) e).value());
  }

  private static Resolution calendar(Calendar c, LocalDate now, Tense tense) {
    if (c.year() != null && c.month() == null) {
      return Resolution.span(String.format("%04d", c.year()), LocalDate.of(c.year(), 1, 1),
          LocalDate.of(c.year(), 12, 31));
    }
    if (c.year() != null && c.day() == null) {
      YearMonth ym = YearMonth.of(c.year(), c.month());
      return Resolution.span(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }
    if (c.year() != null) {
      return Resolution.day(LocalDate.of(c.year(), c.month(), c.day()));
    }
    if (now == null) {
      return Resolution.value(String.format("XXXX-%02d-%02d", c.month(), c.day()));
    }
    LocalDate d = monthDay(c.month(), c.day(), c.weekday(), now, tense);
    return d == null ? Resolution.value(String.format("XXXX-%02d-%02d", c.month(), c.day())) : Resolution.day(d);
  }

  private static LocalDate monthDay(int month, int day, DayOfWeek weekday, LocalDate now, Tense tense) {
    List<LocalDate> options = new ArrayList<>();
    for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
      if (DateRules.validDay(y, month, day)) {
        options.add(LocalDate.of(y, month, day));
      }
    }
    if (options.isEmpty()) {
      return null;
    }
    if (weekday != null) {
      List<LocalDate> matching = options.stream().filter(d -> d.getDayOfWeek() == weekday).toList();
      if (!matching.isEmpty()) {
        return nearest(matching, now);
      }
    }
    LocalDate past = options.stream().filter(d -> !d.isAfter(now.plusDays(PAST_SLACK_DAYS))).max(Comparator.naturalOrder())
        .orElse(null);
    LocalDate future = options.stream().filter(d -> !d.isBefore(now)).min(Comparator.naturalOrder()).orElse(null);
    return switch (tense) {
      case PAST, NONE -> past != null ? past : future;
      case FUTURE -> future != null && ChronoUnit.DAYS.between(now, future) <= FUTURE_HORIZON_DAYS || past == null
          ? future : past;
      case PRESENT, FUTURE_IN_PAST -> nearest(options, now);
    };
  }

  private static LocalDate nearest(List<LocalDate> options, LocalDate now) {
    return options.stream()
        .min(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(now, d)))
            .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  static LocalDate weekday(Expr.Weekday w, LocalDate now, Tense tense) {
    DayOfWeek d = w.day();
    LocalDate before = now.with(TemporalAdjusters.previousOrSame(d));
    LocalDate after = now.with(TemporalAdjusters.nextOrSame(d));
    return switch (w.shift()) {
      case LAST -> now.with(TemporalAdjusters.previous(d));
      case NEXT -> now.with(TemporalAdjusters.next(d));
      case THIS -> tense == Tense.PAST ? before : after;
      case TENSE -> switch (tense) {
        case FUTURE -> after;
        case PRESENT, FUTURE_IN_PAST ->
            ChronoUnit.DAYS.between(before, now) <= ChronoUnit.DAYS.between(now, after) ? before : after;
        default -> before;
      };
    };
  }

  private static Resolution namedMonth(Expr.NamedMonth nm, LocalDate now, Tense tense) {
    Month m = nm.month();
    if (now == null) {
      return Resolution.value(String.format("XXXX-%02d", m.getValue()));
    }
    YearMonth current = YearMonth.from(now);
    List<Long> options = new ArrayList<>();
    for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
      options.add(index(YearMonth.of(y, m)));
    }
    long chosen = choose(options, index(current), nm.shift(), tense);
    YearMonth ym = YearMonth.of((int) (chosen / 12), (int) (chosen % 12) + 1);
    return Resolution.span(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
  }

  private static long index(YearMonth ym) {
    return ym.getYear() * 12L + ym.getMonthValue() - 1;
  }

  /**
   * Picks among repeating options (months or seasons as running indices) around the current one: strictly before
   * for LAST, strictly after for NEXT, and by tense otherwise; ties of distance go to the past.
   */
  private static long choose(List<Long> options, long current, Shift shift, Tense tense) {
    Long pastOrSame = options.stream().filter(o -> o <= current).max(Long::compare).orElse(null);
    Long futureOrSame = options.stream().filter(o -> o >= current).min(Long::compare).orElse(null);
    Long before = options.stream().filter(o -> o < current).max(Long::compare).orElse(null);
    Long after = options.stream().filter(o -> o > current).min(Long::compare).orElse(null);
    Long nearest = options.stream().min(Comparator.comparingLong((Long o) -> Math.abs(o - current))
        .thenComparing(Comparator.naturalOrder())).orElseThrow();
    Long pick = switch (shift) {
      case LAST -> before;
      case NEXT -> after;
      case THIS -> options.contains(current) ? current : nearest;
      case TENSE -> switch (tense) {
        case PAST, NONE -> pastOrSame;
        case FUTURE -> futureOrSame;
        case PRESENT, FUTURE_IN_PAST -> nearest;
      };
    };
    return pick != null ? pick : nearest;
  }

  private static Resolution season(Expr.Season s, LocalDate now, Tense tense) {
    int ordinal = List.of(SEASONS).indexOf(s.code());
    Integer year = s.year();
    if (year == null && now == null) {
      return Resolution.value("XXXX-" + s.code());
    }
    if (year == null) {
      int m = now.getMonthValue();
      int currentYear = m <= 2 ? now.getYear() - 1 : now.getYear();
      int currentOrdinal = m <= 2 || m == 12 ? 3 : (m - 3) / 3;
      long current = currentYear * 4L + currentOrdinal;
      List<Long> options = new ArrayList<>();
      for (int y = currentYear - 1; y <= currentYear + 1; y++) {
        options.add(y * 4L + ordinal);
      }
      year = (int) (choose(options, current, s.shift(), tense) / 4);
    }
    LocalDate start = LocalDate.of(year, 3 + 3 * ordinal, 1);
    LocalDate end = start.plusMonths(3).minusDays(1);
    return Resolution.span(year + "-" + s.code(), start, end);
  }

  private static Resolution decade(Expr.Decade d, LocalDate now) {
    int first = d.firstYear();
    if (first < 100) {
      if (now == null) {
        return Resolution.NONE;
      }
      first = now.getYear() / 100 * 100 + first;
      if (first > now.getYear()) {
        first -= 100;
      }
    }
    return Resolution.span(Integer.toString(first / 10), LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
  }

  /** A unit counted from {@code base}: the day, ISO week, weekend, month, quarter, year, decade or century. */
  private static Resolution counted(Unit unit, int offset, Part part, LocalDate base) {
    Resolution whole = switch (unit) {
      case DAY -> Resolution.day(base.plusDays(offset));
      case WEEK, WEEKEND -> {
        LocalDate monday = base.with(DayOfWeek.MONDAY).plusWeeks(offset);
        String week = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        yield unit == Unit.WEEK ? Resolution.span(week, monday, monday.plusDays(6))
            : Resolution.span(week + "-WE", monday.plusDays(5), monday.plusDays(6));
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(base).plusMonths(offset);
        yield Resolution.span(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
      }
      case QUARTER -> {
        LocalDate first = base.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3L * offset);
        yield Resolution.span(first.getYear() + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR), first,
            first.plusMonths(3).minusDays(1));
      }
      case YEAR -> {
        int y = base.getYear() + offset;
        yield Resolution.span(String.format("%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      case DECADE -> {
        int first = (base.getYear() / 10 + offset) * 10;
        yield Resolution.span(Integer.toString(first / 10), LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
      }
      case CENTURY -> {
        int first = (base.getYear() / 100 + offset) * 100;
        yield Resolution.span(String.format("%02d", first / 100), LocalDate.of(first, 1, 1),
            LocalDate.of(first + 99, 12, 31));
      }
    };
    if (whole.rangeStart() == null || part == Part.WHOLE
        || base.isBefore(whole.rangeStart()) || base.isAfter(whole.rangeEnd())) {
      return whole;
    }
    return part == Part.EARLIER ? Resolution.span(whole.value(), whole.rangeStart(), base)
        : Resolution.span(whole.value(), base, whole.rangeEnd());
  }

  /** A clock time, on the resolved day when there is one; a named zone gives the offset in force that day. */
  private static Resolution clock(Expr.Clock c, Resolution day, LocalDate now) {
    LocalTime t = c.time();
    String hhmm = t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
        : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    LocalDate date = day == null ? null : day.date();
    ZoneOffset offset = c.offset();
    LocalDate zoneDay = date != null ? date : now;
    if (offset == null && c.zone() != null && zoneDay != null) {
      offset = c.zone().getRules().getOffset(zoneDay.atTime(t));
    }
    String value;
    if (day == null) {
      value = "XXXX-XX-XXT" + hhmm;
    } else {
      value = day.value() == null ? null : day.value() + "T" + hhmm;
    }
    return new Resolution(value, date, null, null, t, offset, null);
  }

  private static String partOfDay(String code) {
    return switch (code) {
      case "MO" -> "morning";
      case "AF" -> "afternoon";
      case "EV" -> "evening";
      default -> "night";
    };
  }
}
