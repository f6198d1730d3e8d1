package org.trucewatch.resolve.time;

import static org.trucewatch.resolve.time.Rule.L;
import static org.trucewatch.resolve.time.Rule.R;
import static org.trucewatch.resolve.time.Rule.charAt;
import static org.trucewatch.resolve.time.Rule.span;
import static org.trucewatch.resolve.time.Rule.wordAfter;
import static org.trucewatch.resolve.time.Rule.wordBefore;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.trucewatch.resolve.time.Expr.Deictic;
import org.trucewatch.resolve.time.Expr.Narrative;
import org.trucewatch.resolve.time.Expr.Part;
import org.trucewatch.resolve.time.Expr.Unit;

/**
 * Rules for expressions counted from the time of writing ("yesterday", "last month", "two weeks ago", "earlier this
 * week") or from the day the text last named ("the day before", "a week later"), and for the TimeML references
 * ("now", "recently").
 */
final class RelativeRules {

  /** Counts beyond this ("a million years ago") are not calendar arithmetic. */
  private static final int MAX_COUNT = 3000;

  private RelativeRules() {}

  static List<Rule> rules(Lexicon lx) {
    String number = "(?<n>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|" + lx.numberWordPattern() + "|"
        + Lexicon.alternation(lx.vagueQuantities()) + ")";
    String units = "(?<unit>" + Lexicon.alternation(lx.units().keySet()) + ")";
    String unitWord = "(?<unit>week|weekend|month|quarter|year|decade|century)";
    String partOfDay = "(?<part>" + Lexicon.alternation(lx.partsOfDay().keySet()) + ")";
    Set<String> unitWords = Set.of("week", "weekend", "month", "quarter", "year", "decade", "century");
    Set<String> refWords = new HashSet<>();
    lx.presentRefs().keySet().forEach(r -> refWords.add(r.substring(r.lastIndexOf(' ') + 1)));

    return List.of(
        Rule.of("day-after-tomorrow", L + "(?i:the\\s+day\\s+(?<dir>before\\s+yesterday|after\\s+tomorrow))" + R,
            (m, t) -> span(m, new Deictic(Unit.DAY, m.group("dir").toLowerCase(Locale.ROOT).startsWith("before")
                ? -2 : 2, Part.WHOLE))).near(Set.of("yesterday", "tomorrow"), 20, 1),
        // "Overnight recap:", "overnight update": a live blog's heading, not when anything happened
        Rule.of("deictic-day", L + "(?<w>(?i:today|yesterday|tomorrow|tonight|overnight(?!\\s*(?::|recap|update|summary"
            + "|briefing))))" + R,
            (m, t) -> span(m, deicticDay(m, t))).near(Set.of("today", "yesterday", "tomorrow", "tonight", "overnight"),
            1, 1),
        Rule.of("deictic-part-of-day", L + "(?i:(?<d>yesterday|tomorrow|today|this|last)\\s+" + partOfDay + ")" + R,
            (m, t) -> span(m, deicticPart(lx, m))).near(lx.partsOfDay().keySet(), 12, 1),
        Rule.of("deictic-unit", L + "(?i:(?:(?<cmp>earlier|later|early|late)\\s+)?(?<the>the\\s+)?"
                + "(?<shift>this|last|next|past|previous|coming|current|following)\\s+(?:fiscal\\s+)?"
                + unitWord + ")" + R,
            (m, t) -> span(m, deicticUnit(lx, m, t))).near(unitWords, 40, 1),
        Rule.of("unit-boundary", L + "(?i:(?:the\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|turn)\\s+of\\s+"
                + "(?:the\\s+)?(?:(?<shift>this|last|next|current|past|previous)\\s+)?" + unitWord + ")" + R,
            (m, t) -> span(m, boundaryUnit(m))).near(unitWords, 50, 1),
        // "killed over the weekend", "at the weekend": the weekend the tense points to, as a bare weekday is
        Rule.of("told-weekend", L + "(?i:(?:over|at|during|on|across|through)\\s+the\\s+weekend)" + R,
            (m, t) -> span(m, new Expr.Weekend(Expr.Shift.TENSE))).near(Set.of("weekend"), 20, 1),
        Rule.of("ago", L + "(?i:(?:" + number + "\\s+)?" + units + "\\s+ago)" + R,
            (m, t) -> span(m, ago(lx, m))).near(Set.of("ago"), 60, 1),
        Rule.of("narrative-day", L + "(?i:(?:the\\s+)?(?<w>day|night|evening|morning)\\s+(?<dir>before|after)"
                + "|the\\s+(?<rel>previous|next|following|same)\\s+(?<w2>day|night|evening|morning))" + R,
            (m, t) -> span(m, narrativeDay(lx, m, t))).near(Set.of("before", "after", "previous", "next", "following",
                "same"), 20, 12),
        Rule.of("narrative-count", L + "(?i:" + number + "\\s+" + units + "\\s+(?<dir>earlier|later|before|after))" + R,
            (m, t) -> span(m, narrativeCount(lx, m, t))).near(Set.of("earlier", "later", "before", "after"), 60, 1)
            .alsoContaining(lx.units().keySet()),
        Rule.of("reference", L + "(?i:" + Lexicon.alternation(lx.presentRefs().keySet()) + ")" + R,
            (m, t) -> span(m, reference(lx, m, t))).near(refWords, 12, 1));
  }

  private static Expr deicticDay(Matcher m, String t) {
    String w = m.group("w");
    // "USA Today", "Today Show": a capitalised "Today" inside a name
    if (Character.isUpperCase(w.charAt(0)) && !Rule.sentenceInitial(t, m.start())) {
      String prev = t.substring(0, m.start()).stripTrailing();
      int i = prev.lastIndexOf(' ');
      String prevWord = prev.substring(i + 1);
      if (!prevWord.isEmpty() && Character.isUpperCase(prevWord.charAt(0))) {
        return null;
      }
    }
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "today" -> new Deictic(Unit.DAY, 0, Part.WHOLE);
      case "yesterday" -> new Deictic(Unit.DAY, -1, Part.WHOLE);
      case "tomorrow" -> new Deictic(Unit.DAY, 1, Part.WHOLE);
      // a report's "overnight" is the night that ended the morning it was written: dated by that morning
      case "overnight" -> new Deictic(Unit.DAY, 0, Part.WHOLE);
      default -> new Expr.DayPart(new Deictic(Unit.DAY, 0, Part.WHOLE), "NI");
    };
  }

  private static Expr deicticPart(Lexicon lx, Matcher m) {
    String d = m.group("d").toLowerCase(Locale.ROOT);
    String part = m.group("part").toLowerCase(Locale.ROOT);
    int offset = switch (d) {
      case "yesterday" -> -1;
      case "tomorrow" -> 1;
      case "last" -> -1;
      default -> 0;
    };
    // "last night", "last evening"; "last morning" is not English for yesterday morning
    if (d.equals("last") && !(part.equals("night") || part.equals("evening"))) {
      return null;
    }
    return new Expr.DayPart(new Deictic(Unit.DAY, offset, Part.WHOLE), lx.partsOfDay().get(part));
  }

  private static Expr deicticUnit(Lexicon lx, Matcher m, String t) {
    String shift = m.group("shift").toLowerCase(Locale.ROOT);
    String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
    Unit unit = Unit.valueOf(unitWord.toUpperCase(Locale.ROOT));
    String cmp = m.group("cmp") == null ? "" : m.group("cmp").toLowerCase(Locale.ROOT);
    // "over the next decade", "during the past week": a stretch of time measured from now, not a calendar unit
    if (m.group("the") != null && cmp.isEmpty() && !shift.equals("this") && !shift.equals("current")
        && wordBefore(t, m.start()).matches("over|during|for|within|throughout")) {
      String code = unitWord.equals("quarter") ? null : lx.units().get(unitWord);
      return code == null ? null : new Expr.Duration(DurationRules.period(code, "1"));
    }
    if (shift.equals("previous") || shift.equals("following")) {
      return new Narrative(unit, shift.equals("previous") ? -1 : 1);
    }
    // "the past week" is the week before this one, as TimeML reads it; "this past weekend" the last weekend
    int offset = switch (shift) {
      case "last", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    // "earlier this month" ends at the anchor; "earlier last year" is only somewhere in last year
    Part part = Part.WHOLE;
    if (offset == 0 && cmp.equals("earlier")) {
      part = Part.EARLIER;
    } else if (offset == 0 && cmp.equals("later")) {
      part = Part.LATER;
    }
    return new Deictic(unit, offset, part);
  }

  private static Expr boundaryUnit(Matcher m) {
    String shift = m.group("shift") == null ? "this" : m.group("shift").toLowerCase(Locale.ROOT);
    Unit unit = Unit.valueOf(m.group("unit").toUpperCase(Locale.ROOT));
    int offset = switch (shift) {
      case "last", "past", "previous" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return new Deictic(unit, offset, Part.WHOLE);
  }

  /** "two weeks ago" is a week-precise date; vague counts ("years ago") and clock units are only PAST_REF. */
  private static Expr ago(Lexicon lx, Matcher m) {
    Unit unit = calendarUnit(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)));
    Double n = m.group("n") == null ? null : lx.number(m.group("n"));
    if (unit == null || n == null || n != Math.rint(n) || n < 1 || n > MAX_COUNT) {
      return new Expr.Ref("PAST_REF");
    }
    int count = n.intValue();
    if (m.group("unit").toLowerCase(Locale.ROOT).startsWith("fortnight")) {
      count *= 2;
    }
    return new Deictic(unit, -count, Part.WHOLE);
  }

  /**
   * "the day before" counts from the last day named; "the day before the attack" counts from an event, which this
   * tagger cannot place, so it is left to the duration rule.
   */
  private static Expr narrativeDay(Lexicon lx, Matcher m, String t) {
    String w = m.group("w") != null ? m.group("w") : m.group("w2");
    String code = lx.partsOfDay().get(w.toLowerCase(Locale.ROOT));
    int offset;
    if (m.group("dir") != null) {
      if (followedByWord(t, m.end())) {
        return null;
      }
      offset = m.group("dir").equalsIgnoreCase("before") ? -1 : 1;
    } else {
      offset = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
        case "previous" -> -1;
        case "same" -> 0;
        default -> 1;
      };
    }
    Narrative day = new Narrative(Unit.DAY, offset);
    return code == null ? day : new Expr.DayPart(day, code);
  }

  private static Expr narrativeCount(Lexicon lx, Matcher m, String t) {
    String dir = m.group("dir").toLowerCase(Locale.ROOT);
    // "a month earlier than usual" compares; it does not count from a day
    if ((dir.equals("before") || dir.equals("after")) && followedByWord(t, m.end())
        || wordAfter(t, m.end()).equals("than")) {
      return null;
    }
    Unit unit = calendarUnit(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)));
    Double n = lx.number(m.group("n"));
    if (unit == null || n == null || n != Math.rint(n) || n < 1 || n > MAX_COUNT) {
      return null;
    }
    int count = n.intValue() * (m.group("unit").toLowerCase(Locale.ROOT).startsWith("fortnight") ? 2 : 1);
    return new Narrative(unit, dir.equals("earlier") || dir.equals("before") ? -count : count);
  }

  private static Expr reference(Lexicon lx, Matcher m, String t) {
    String key = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String next = wordAfter(t, m.end());
    // "now-defunct", "the past two years", "the past decade": another rule or no time at all
    if (charAt(t, m.end()) == '-') {
      return null;
    }
    // "the past tense", "the future president": an adjective, not a time
    if (key.startsWith("the ") && !next.isEmpty() && Character.isLetter(next.charAt(0)) && !isFunctionWord(next)) {
      return null;
    }
    if (key.startsWith("the ") && !wordBefore(t, m.start()).matches("in|into|for|of|from")) {
      return null;
    }
    return new Expr.Ref(lx.presentRefs().get(key));
  }

  private static boolean isFunctionWord(String w) {
    return w.matches("and|or|but|as|is|was|were|are|has|have|had|will|would|to|of|in|on|at|for|with|by|that|than");
  }

  /**
   * True when a word follows on the same line: "a day after both sides agreed", "the day before the attack" count
   * from an event this tagger cannot place; only "the day before." or "two days later," count from a named day.
   */
  static boolean followedByWord(String t, int end) {
    int i = end;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i < t.length() && Character.isLetterOrDigit(t.charAt(i));
  }

  /** The calendar unit of a TIMEX3 unit letter, or null for clock units. */
  static Unit calendarUnit(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "D" -> Unit.DAY;
      case "W", "FN" -> Unit.WEEK;
      case "M" -> Unit.MONTH;
      case "Y" -> Unit.YEAR;
      case "DE" -> Unit.DECADE;
      case "CE" -> Unit.CENTURY;
      default -> null;
    };
  }
}
