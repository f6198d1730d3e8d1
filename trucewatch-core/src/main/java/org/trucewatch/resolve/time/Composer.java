package org.trucewatch.resolve.time;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.resolve.time.Expr.Calendar;
import org.trucewatch.resolve.time.Expr.Clock;
import org.trucewatch.resolve.time.Expr.DayLike;
import org.trucewatch.resolve.time.Expr.Deictic;
import org.trucewatch.resolve.time.Expr.Narrative;
import org.trucewatch.resolve.time.Expr.Unit;

/**
 * Joins neighbouring candidates into the larger expressions news writes: a local time with its GMT equivalent in
 * brackets ("12:05 pm (0805 GMT)"), a day with its part ("Saturday evening", "the night of October 9"), a relative
 * day with the date in brackets ("Monday (Oct. 12)"), a clock time with its day ("noon on Saturday", "from 12 hours
 * 00 minutes on October 10"); widens a span over its modifiers ("early December", "the end of last year"); marks
 * "since X". Stateless.
 */
final class Composer {

  private static final Pattern PAREN_OPEN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern PAREN_CLOSE = Pattern.compile("\\s*\\)");
  private static final Pattern CLOCK_THEN_DAY = Pattern.compile("\\s*,?\\s*(?:(?i:on|of)\\s+)?");
  private static final Pattern DAY_THEN_CLOCK = Pattern.compile(
      "\\s*,?\\s*(?:(?i:at|around|about|from|by|after|before|shortly\\s+after|shortly\\s+before|until|till"
          + "|starting\\s+at|beginning\\s+at)\\s+)?");
  private static final Pattern PART_SUFFIX = Pattern.compile("\\s+(?<part>(?i:morning|afternoon|evening|night))"
      + "(?![\\p{L}\\p{N}])");
  private static final Pattern PART_PREFIX = Pattern.compile("(?i:(?:the\\s+)?(?:early\\s+|late\\s+)?"
      + "(?<part>morning|afternoon|evening|night)\\s+of\\s+)$");
  private static final Pattern COARSE_MODIFIER = Pattern.compile("(?i:(?:the\\s+)?(?:very\\s+)?"
      + "(?:beginning|start|end|middle|turn)\\s+of\\s+(?:the\\s+)?|(?:early|late|mid)\\s+|mid-)$");
  private static final Pattern DAY_MODIFIER = Pattern.compile("(?i:early|late)\\s+$");
  private static final Pattern OF_GAP = Pattern.compile("\\s+(?:(?i:of)\\s+)?");
  private static final Pattern SINCE = Pattern.compile("(?i:(?<![\\p{L}])since)\\s+$");
  /** How far back a prefix may reach; the longest prefix pattern is shorter. */
  private static final int LOOK_BACK = 40;

  List<Candidate> compose(String text, List<Candidate> in) {
    List<Candidate> out = pairLocalWithUtc(text, in);
    out = attachPartsOfDay(text, out);
    out = attachBracketedDates(text, out);
    out = attachClocksToDays(text, out);
    out = attachYearsToMonths(text, out);
    out = widenOverModifiers(text, out);
    return markSince(text, out);
  }

  /** "12:05 pm (0805 GMT)": one local time whose offset is the difference of the two. */
  private static List<Candidate> pairLocalWithUtc(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Candidate a = in.get(i);
      if (i + 1 < in.size() && a.expr() instanceof Clock local && local.offset() == null && local.zone() == null
          && in.get(i + 1).expr() instanceof Clock utc && utc.offset() != null
          && gap(text, a.end(), in.get(i + 1).start(), PAREN_OPEN)) {
        Candidate b = in.get(i + 1);
        Matcher close = PAREN_CLOSE.matcher(text).region(b.end(), text.length());
        ZoneOffset offset = offsetBetween(local.time(), utc.time(), utc.offset());
        if (close.lookingAt() && offset != null) {
          out.add(Candidate.of(a.start(), close.end(), new Clock(local.time(), offset, null)));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /** The offset of a local time given the same instant at a known offset; null unless a whole quarter hour. */
  static ZoneOffset offsetBetween(LocalTime local, LocalTime other, ZoneOffset otherOffset) {
    long minutes = ChronoUnit.MINUTES.between(other, local) + otherOffset.getTotalSeconds() / 60;
    // the two readings may straddle midnight: bring the difference into UTC-12..UTC+14
    while (minutes <= -12 * 60) {
      minutes += 24 * 60;
    }
    while (minutes > 14 * 60) {
      minutes -= 24 * 60;
    }
    return minutes % 15 == 0 ? ZoneOffset.ofTotalSeconds((int) minutes * 60) : null;
  }

  private static List<Candidate> attachPartsOfDay(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      if (c.expr() instanceof DayLike day && isDay(day)) {
        Matcher suffix = PART_SUFFIX.matcher(text).region(c.end(), text.length());
        if (suffix.lookingAt()) {
          out.add(Candidate.of(c.start(), suffix.end(), new Expr.DayPart(day, code(suffix.group("part")))));
          continue;
        }
        int from = Math.max(0, c.start() - LOOK_BACK);
        Matcher prefix = PART_PREFIX.matcher(text).region(from, c.start());
        if (prefix.find()) {
          out.add(Candidate.of(prefix.start(), c.end(), new Expr.DayPart(day, code(prefix.group("part")))));
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /** "Monday night (Nov. 18)", "today (Nov. 18)": the bracketed date says which day was meant. */
  private static List<Candidate> attachBracketedDates(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Candidate a = in.get(i);
      Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
      Expr merged = b != null && b.expr() instanceof Calendar date && date.day() != null && date.weekday() == null
          && gap(text, a.end(), b.start(), PAREN_OPEN) ? withDate(a.expr(), date) : null;
      Matcher close = merged == null ? null : PAREN_CLOSE.matcher(text).region(b.end(), text.length());
      if (close != null && close.lookingAt()) {
        out.add(Candidate.of(a.start(), close.end(), merged));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** The expression of a relative day made explicit by a date; null unless it names a relative day. */
  private static Expr withDate(Expr e, Calendar date) {
    if (e instanceof Expr.Weekday w) {
      return new Calendar(date.year(), date.month(), date.day(), w.day());
    }
    if (e instanceof Deictic d && d.unit() == Unit.DAY) {
      return date;
    }
    if (e instanceof Expr.DayPart dp && !(dp.day() instanceof Calendar)) {
      Expr day = withDate(dp.day(), date);
      return day == null ? null : new Expr.DayPart((DayLike) day, dp.code());
    }
    return null;
  }

  private static List<Candidate> attachClocksToDays(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Candidate a = in.get(i);
      Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
      if (b != null && a.expr() instanceof Clock clock && b.expr() instanceof DayLike day && isDay(day)
          && gap(text, a.end(), b.start(), CLOCK_THEN_DAY)) {
        out.add(Candidate.of(a.start(), b.end(), new Expr.AtTime(day, clock)));
        i++;
      } else if (b != null && a.expr() instanceof DayLike day && isDay(day) && b.expr() instanceof Clock clock
          && gap(text, a.end(), b.start(), DAY_THEN_CLOCK)) {
        out.add(Candidate.of(a.start(), b.end(), new Expr.AtTime(day, clock)));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static List<Candidate> widenOverModifiers(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    int previousEnd = 0;
    for (Candidate c : in) {
      Pattern modifier = isCoarse(c.expr()) ? COARSE_MODIFIER
          : c.expr() instanceof DayLike day && isDay(day) ? DAY_MODIFIER : null;
      Candidate widened = c;
      if (modifier != null) {
        int from = Math.max(previousEnd, c.start() - LOOK_BACK);
        Matcher m = modifier.matcher(text).region(from, c.start());
        if (m.find()) {
          widened = c.withSpan(m.start(), c.end());
        }
      }
      out.add(widened);
      previousEnd = widened.end();
    }
    return out;
  }

  private static List<Candidate> markSince(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      TimeMention.Type type = Expr.typeOf(c.expr());
      boolean point = type == TimeMention.Type.DATE || type == TimeMention.Type.TIME;
      int from = Math.max(0, c.start() - LOOK_BACK);
      out.add(point && SINCE.matcher(text).region(from, c.start()).find() ? c.withSince() : c);
    }
    return out;
  }

  /** True when the expression names a single day. */
  /**
   * "April last year", "November of last year", "March this year": a month followed by a year counted from the
   * anchor is that month of that year, not the month nearest the anchor.
   */
  private static List<Candidate> attachYearsToMonths(String text, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Candidate a = in.get(i);
      Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
      if (b != null && a.expr() instanceof Expr.NamedMonth nm && nm.shift() == Expr.Shift.TENSE
          && b.expr() instanceof Deictic d && d.unit() == Unit.YEAR && d.part() == Expr.Part.WHOLE
          && Math.abs(d.offset()) <= 1 && gap(text, a.end(), b.start(), OF_GAP)) {
        out.add(Candidate.of(a.start(), b.end(), new Expr.MonthOfYear(nm.month(), d.offset())));
        i++;
        continue;
      }
      out.add(a);
    }
    return out;
  }

  static boolean isDay(DayLike day) {
    if (day instanceof Calendar cal) {
      return cal.month() != null && cal.day() != null;
    }
    if (day instanceof Deictic d) {
      return d.unit() == Unit.DAY;
    }
    if (day instanceof Narrative n) {
      return n.unit() == Unit.DAY;
    }
    return true;
  }

  private static boolean isCoarse(Expr e) {
    return e instanceof Calendar cal && cal.day() == null || e instanceof Expr.NamedMonth || e instanceof Expr.MonthOfYear
        || e instanceof Expr.Season
        || e instanceof Deictic d && d.unit() != Unit.DAY && d.part() == Expr.Part.WHOLE
        || e instanceof Expr.Decade || e instanceof Expr.Century;
  }

  private static boolean gap(String text, int from, int to, Pattern allowed) {
    return from <= to && allowed.matcher(text).region(from, to).matches();
  }

  private static String code(String part) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }
}
