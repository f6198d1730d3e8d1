package org.trucewatch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.RemovedBlock;

/**
 * The day headings of a live page or a report told day by day ("Sunday 11 October 2020", "25 August", "Saturday,
 * October 24 - evening"), kept or dropped by the cleaner: an entry with no day of its own is of the day of the last
 * heading above it, up to the next one (live26b). Only a page with headings of two days or more has sections: one
 * date line under a title is the page's date, not a section's.
 */
final class DayHeadings {

  /** A heading: the paragraph it dates from, its body offset (the start of that paragraph), its text and day. */
  record Heading(int paragraph, int at, String text, LocalDate day) {}

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  // a line that is only a date, with its weekday, and a short label before or after a mark ("Live updates | Sunday,
  // 11 June", "| Updated 14:10", ", evening")
  private static final Pattern HEADING = Pattern.compile("(?i)(?:[^.!?|:·•]{1,40}\\s[|:·•]\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
      + "(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>" + MONTH + ")|(?<m2>" + MONTH + ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?)"
      + "(?:,?\\s+(?<y>\\d{4}))?(?:\\s*[-–—|:,·•]\\s*[^.!?]{0,40})?");
  private static final int MAX_CHARS = 70;
  // how far before the news a section's day may lie: a page that runs for a week or two
  private static final int REACH_DAYS = 14;
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  static final DayHeadings NONE = new DayHeadings(new TreeMap<>());

  private final TreeMap<Integer, Heading> byParagraph;

  private DayHeadings(TreeMap<Integer, Heading> byParagraph) {
    this.byParagraph = byParagraph;
  }

  /** The article's day headings, read against {@code anchor}; none unless they name two days or more. */
  static DayHeadings of(Article a, LocalDate anchor) {
    if (anchor == null) {
      return NONE;
    }
    TreeMap<Integer, Heading> found = new TreeMap<>();
    for (RemovedBlock r : a.removed()) {
      if (r.before() != null) {
        note(found, r.before(), r.text(), a, anchor);
      }
    }
    for (int i = 0; i < a.paragraphs().size(); i++) {
      note(found, i, a.paragraphText(i), a, anchor);
    }
    Set<LocalDate> days = new HashSet<>();
    found.values().forEach(h -> days.add(h.day()));
    return days.size() < 2 ? NONE : new DayHeadings(found);
  }

  private static void note(TreeMap<Integer, Heading> found, int paragraph, String text, Article a, LocalDate anchor) {
    LocalDate day = day(text, anchor);
    if (day != null) {
      int at = paragraph < a.paragraphs().size() ? a.paragraphs().get(paragraph).start() : a.body().length();
      found.put(paragraph, new Heading(paragraph, at, text.strip(), day));
    }
  }

  /** The day a heading line names, read against {@code anchor} where it gives no year; null if it is no heading. */
  static LocalDate day(String line, LocalDate anchor) {
    String s = line.strip();
    Matcher m = HEADING.matcher(s);
    if (s.length() > MAX_CHARS || !m.matches()) {
      return null;
    }
    String month = (m.group("m1") != null ? m.group("m1") : m.group("m2")).toLowerCase(Locale.ROOT);
    int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
    try {
      LocalDate d = LocalDate.of(m.group("y") != null ? Integer.parseInt(m.group("y")) : anchor.getYear(),
          MONTHS.indexOf(month.substring(0, 3)) / 3 + 1, day);
      if (m.group("y") == null && d.isAfter(anchor.plusDays(1))) {
        d = d.minusYears(1); // "30 December" on a page of 2 January
      }
      return d.isAfter(anchor.plusDays(1)) || d.isBefore(anchor.minusDays(REACH_DAYS)) ? null : d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  // a day told from the day of the telling ("overnight", "yesterday"), with no date of its own
  private static final Pattern DEICTIC = Pattern.compile(
      "(?i)\\b(?:today|tonight|overnight|yesterday|this (?:morning|afternoon|evening)|last night)\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  /**
   * A day told from the day of the telling ({@code told}: "overnight", "yesterday") in a section whose heading names
   * another day than the news {@code anchor}: the same day counted from the heading's; else null.
   */
  LocalDate fromNews(int paragraph, Spans.TimeSpan told, LocalDate anchor) {
    Heading h = of(paragraph);
    if (h == null || anchor == null || told.date() == null || h.day().equals(anchor)
        || !DEICTIC.matcher(told.text()).find() || DIGIT.matcher(told.text()).find()) {
      return null;
    }
    return told.date().plusDays(java.time.temporal.ChronoUnit.DAYS.between(anchor, h.day()));
  }

  /** The heading that dates paragraph {@code paragraph}: the last one at or above it; null if none. */
  Heading of(int paragraph) {
    var e = byParagraph.floorEntry(paragraph);
    return e == null ? null : e.getValue();
  }
}
