package org.trucewatch.resolve.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.trucewatch.internal.Validate;

/**
 * One time expression found in a text, with its TimeML reading.
 *
 * @param start character offset of the first character in the tagged text
 * @param end character offset one past the last character
 * @param text the covered text, {@code text.substring(start, end)}
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value: {@code 2020-10-14}, {@code 2020-10}, {@code 2020}, {@code 2020-W42}, {@code 199}
 *     (the 1990s), {@code 2020-SU}, {@code PRESENT_REF}, {@code P2W}, {@code 2020-10-10T12:00}, {@code 2020-10-24TEV},
 *     {@code XXXX-09-27} when the year cannot be resolved; null when the expression cannot be resolved at all
 * @param date the resolved calendar day when the value is day-precise (also for a clock time on a known day), else null
 * @param rangeStart first day a coarser value covers (a month, a week, "last month"); for "since X" the first day of X;
 *     null for day-precise values and for durations
 * @param rangeEnd last day of that span, inclusive; for "since X" the anchor day
 * @param time the clock time when one was given, else null
 * @param offset the UTC offset of {@code time} when the text gave a zone ("GMT", "Moscow time", "(0805 GMT)"), else
 *     null
 * @param since true for "since X": the value is X and the span runs from X to the anchor
 * @param partOfDay {@code morning}, {@code afternoon}, {@code evening} or {@code night}, or null
 */
public record TimeMention(int start, int end, String text, Type type, String value, LocalDate date,
    LocalDate rangeStart, LocalDate rangeEnd, LocalTime time, ZoneOffset offset, boolean since, String partOfDay) {

  /** The TIMEX3 types. */
  public enum Type { DATE, TIME, DURATION, SET }

  public TimeMention {
    Validate.isTrue(start >= 0 && end > start, "mention span must be non-empty, was [" + start + ", " + end + ")");
    Validate.notNull(text, "mention text");
    Validate.isTrue(text.length() == end - start, "mention text must be as long as its span: '" + text + "'");
    Validate.notNull(type, "mention type");
    Validate.isTrue((rangeStart == null) == (rangeEnd == null), "a range needs both ends: '" + text + "'");
    Validate.isTrue(rangeStart == null || !rangeStart.isAfter(rangeEnd), "range ends before it starts: '" + text + "'");
  }

  /** True when the expression was resolved to a value. */
  public boolean resolved() {
    return value != null;
  }
}
