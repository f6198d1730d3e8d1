package org.trucewatch.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.DateStrings;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.resolve.time.TemporalTagger;
import org.trucewatch.resolve.time.TimeMention;

/**
 * The date an article's relative expressions ("on Saturday") are read against: its publication date, else its
 * cluster's (a copy of the same wire story), else an estimate from the dates that show when the page was being
 * written: the signature date of a social post it embeds, or a full date with its weekday in the story ("Saturday,
 * October 10, 2020"). A bare past date is no such sign (a report of 25 October may name 27 September), nor is a
 * caption's (pictures are often file photos). An estimate is marked as such on every event dated through it; without
 * one, relative dates stay unresolved. Immutable and thread-safe.
 */
public final class AnchorEstimator {

  private static final java.util.regex.Pattern YEARLESS_DAY = java.util.regex.Pattern.compile("XXXX-\\d{2}-\\d{2}"); // compiled once

  /** The anchor and how it was found: publication, cluster, estimated, or register. */
  public record Anchor(LocalDate date, DateBasis basis) {}

  private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
      "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  private static final java.util.regex.Pattern WEEKDAY_AND_YEAR = java.util.regex.Pattern.compile(
      "(?is)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.{0,40}\\b(19|20)\\d\\d\\b");

  private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
      "(?i)\\b(\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*"
          + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.? \\d{1,2}\\b)");
  private static final java.util.regex.Pattern TRUCE = java.util.regex.Pattern.compile(
      "(?i)\\b(cease-?fire|truce|cessation of hostilities|armistice)\\b");
  /** A truce noun and the weekday it is dated by, in one clause: "agreed to a ceasefire on Wednesday". */
  private static final java.util.regex.Pattern TRUCE_WEEKDAY = java.util.regex.Pattern.compile(
      "(?i)\\b(cease-?fire|truce)\\b[^.;]{0,40}?\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  private final TemporalTagger tagger;
  private final Clock clock;
  private final CeasefireRegister register;

  public AnchorEstimator(TemporalTagger tagger, Clock clock, CeasefireRegister register) {
    this.tagger = tagger;
    this.clock = clock;
    this.register = register;
  }

  public Optional<Anchor> anchor(Article a) {
    if (a.published() != null) {
      return Optional.of(new Anchor(LocalDate.parse(a.published().date()),
          a.published().inferred() ? DateBasis.CLUSTER : DateBasis.PUBLICATION));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate best = null;
    for (var p : a.paragraphs()) {
      String text = a.body().substring(p.start(), p.end());
      if (!hasDigit(text) || !hasWord(text, "day") || !WEEKDAY_AND_YEAR.matcher(text).find()) {
        continue; // most paragraphs have no such date: skip tagging them
      }
      for (TimeMention m : tagger.tag(text, null)) {
        if (WEEKDAY.matcher(m.text()).find()) {
          best = later(best, fullDate(m), today);
        }
      }
    }
    for (RemovedBlock r : a.removed()) {
      if (TextPageExtractor.EMBEDDED_POST_SIGNATURE.equals(r.reason())) {
        best = later(best, DateStrings.parse(r.text()).map(DateStrings.Parsed::date).orElse(null), today);
      }
    }
    if (best != null) {
      return Optional.of(new Anchor(best, DateBasis.ESTIMATED));
    }
    return fromRegister(a);
  }

  /**
   * An article about a truce that names a day without its year ("on 20 September") which is the start day of exactly
   * one registered truce: the story is placed on that day. Weekdays are then read as the nearest such day, since the
   * anchor is a day of the story rather than the day of writing.
   */
  private Optional<Anchor> fromRegister(Article a) {
    if (!TRUCE.matcher(a.body()).find()) {
      return Optional.empty();
    }
    java.util.Set<LocalDate> governed = new java.util.TreeSet<>();
    java.util.Set<LocalDate> other = new java.util.TreeSet<>();
    java.util.Set<java.time.DayOfWeek> truceWeekdays = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (var p : a.paragraphs()) {
      String text = a.body().substring(p.start(), p.end());
      java.util.regex.Matcher w = TRUCE_WEEKDAY.matcher(text);
      boolean truceWord = hasWord(text, "truce") || hasWord(text, "cease");
      while (truceWord && w.find()) {
        truceWeekdays.add(java.time.DayOfWeek.valueOf(w.group(2).toUpperCase(java.util.Locale.ROOT) + "DAY"));
      }
      if (!hasDigit(text) || !DAY_MONTH.matcher(text).find()) {
        continue;
      }
      for (TimeMention m : tagger.tag(text, null)) {
        if (m.type() == TimeMention.Type.DATE && m.value() != null && YEARLESS_DAY.matcher(m.value()).matches()) {
          java.time.MonthDay day = java.time.MonthDay.parse("--" + m.value().substring(5));
          for (var c : register.startingOn(day)) {
            (governedByTruce(text, m.start(), m.end()) ? governed : other).add(LocalDate.parse(c.startDate()));
          }
        }
      }
    }
    // A day counts when a truce noun governs it ("the truce of 20 September"), or when the story says on which
    // weekday its truce began ("agreed to a ceasefire on Wednesday") and the truce of that day began on that weekday.
    other.removeIf(d -> !truceWeekdays.contains(d.getDayOfWeek()));
    governed.addAll(other);
    LocalDate today = LocalDate.now(clock);
    governed.removeIf(d -> d.isAfter(today));
    return governed.size() == 1 ? Optional.of(new Anchor(governed.iterator().next(), DateBasis.REGISTER))
        : Optional.empty();
  }

  /**
   * Whether a truce noun governs the day: both in one sentence, at most a few words apart ("the ceasefire that took
   * effect on 20 September", "a truce from 10 October"), not a casualty date of the same paragraph.
   */
  static boolean governedByTruce(String text, int start, int end) {
    int from = Math.max(0, start - 80);
    int to = Math.min(text.length(), end + 40);
    java.util.regex.Matcher t = TRUCE.matcher(text).region(from, to);
    while (t.find()) {
      String between = t.end() <= start ? text.substring(t.end(), start) : text.substring(end, t.start());
      if (!between.contains(". ") && !between.contains(";")) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate fullDate(TimeMention m) {
    return m.type() == TimeMention.Type.DATE && !m.since() && m.value() != null
        && m.value().matches("\\d{4}-\\d{2}-\\d{2}.*") ? m.date() : null;
  }

  private static LocalDate later(LocalDate best, LocalDate d, LocalDate today) {
    if (d == null || d.isAfter(today)) {
      return best;
    }
    return best == null || d.isAfter(best) ? d : best;
  }

  // Cheap pre-checks of a paragraph before a pattern that cannot match without them (each regex tries every position).

  /** Whether the text has an ASCII digit: {@code \\d} in DAY_MONTH and WEEKDAY_AND_YEAR. */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds {@code lower} (ASCII lower case) in any case, as the (?i) patterns read it. */
  static boolean hasWord(String text, String lower) {
    char first = lower.charAt(0);
    for (int i = 0; i + lower.length() <= text.length(); i++) {
      if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lower, 0, lower.length())) {
        return true;
      }
    }
    return false;
  }
}
