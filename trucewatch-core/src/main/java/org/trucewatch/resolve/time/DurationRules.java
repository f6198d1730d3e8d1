package org.trucewatch.resolve.time;

import static org.trucewatch.resolve.time.Rule.L;
import static org.trucewatch.resolve.time.Rule.R;
import static org.trucewatch.resolve.time.Rule.span;
import static org.trucewatch.resolve.time.Rule.wordAfter;
import static org.trucewatch.resolve.time.Rule.wordBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for durations ("11 hours", "nearly two weeks", "the past two years", "24-hour", "recent weeks") and recurring
 * times ("every day", "daily", "twice a week"). Ages ("30-year-old", "30 years old") are not durations of anything
 * that happened and are left alone; "two weeks ago" belongs to the relative rules.
 */
final class DurationRules {

  // compiled once, not per candidate
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("aged?|ages");
  private static final java.util.regex.Pattern MEASURES_TIME = java.util.regex.Pattern.compile("for|within|in|only|just|mere|over");
  private static final java.util.regex.Pattern NOT_DURATION = java.util.regex.Pattern.compile("ago|old|later|earlier|of");

  private static final Pattern AGE_AFTER = Pattern.compile(
      "(?:-|\\s)olds?\\b|\\s+of\\s+age\\b|\\s+(?:and|or)\\s+(?:older|younger|over|under|up|above|below)\\b");

  private DurationRules() {}

  static List<Rule> rules(Lexicon lx) {
    String number = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + lx.numberWordPattern() + "|"
        + Lexicon.alternation(lx.vagueQuantities()) + ")";
    String units = "(?<unit>" + Lexicon.alternation(lx.units().keySet()) + ")";
    String approx = "(?:(?i:about|around|nearly|almost|approximately|roughly|more\\s+than|less\\s+than|over|under"
        + "|at\\s+least|at\\s+most|up\\s+to|just|only|a\\s+mere|some)\\s+)?";
    String the = "(?:(?i:the\\s+(?:(?:past|last|next|previous|first|coming|following|final|remaining|whole|entire)"
        + "\\s+)?))?";
    String singular = "(?<unit>(?i:second|minute|hour|day|week|month|year|decade|century))";
    String weekdays = String.join("|", lx.weekdays().keySet());
    Set<String> unitWords = lx.units().keySet();
    Set<String> numberPhrases = new java.util.HashSet<>(lx.numberWordEnds()); // what the number group may end with
    numberPhrases.addAll(lx.vagueQuantities());

    return List.of(
        Rule.of("duration", L + "(?:" + approx + "|" + the + ")(?i:" + number + ")\\s+(?i:" + units + ")" + R,
            (m, t) -> span(m, duration(lx, m, t))).near(unitWords, 70, 1).gated(new NumberEnds(numberPhrases)),
        Rule.of("duration-adjective", L + "(?<n>\\d+|(?i:" + lx.numberWordPattern() + "))-" + singular
                + "(?![\\p{L}]|-(?i:olds?)" + R + ")",
            (m, t) -> span(m, durationAdjective(lx, m, t))).near(unitWords, 20, 1),
        Rule.of("duration-vague", L + "(?i:(?:the\\s+)?(?:recent|coming|past|next|last|previous|following)\\s+"
                + "(?:(?:few|several)\\s+)?(?<unit>days|weeks|months|years|decades|hours|minutes))" + R,
            (m, t) -> span(m, vague(lx, m, t))).near(unitWords, 40, 1),
        Rule.of("duration-bare", L + "(?<unit>(?i:years|decades|months|weeks|days|hours|minutes|centuries))" + R,
            (m, t) -> span(m, bare(lx, m, t))).near(unitWords, 1, 1),
        Rule.of("set-every", L + "(?i:(?:every|each)\\s+(?<other>other\\s+)?(?<unit>day|week|month|year|hour|minute"
                + "|morning|afternoon|evening|night|weekend|" + weekdays + "))" + R,
            (m, t) -> span(m, every(lx, m))).near(Set.of("every", "each"), 1, 30),
        Rule.of("set-adverb", L + "(?<w>(?i:daily|weekly|monthly|annually|yearly|nightly|hourly))" + R,
            (m, t) -> span(m, adverb(m, t)))
            .near(Set.of("daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly"), 1, 1),
        Rule.of("set-frequency", L + "(?i:(?:once|twice|(?:three|four|five|\\d+)\\s+times)\\s+"
                + "(?:a|an|per|each|every)\\s+"
                + "(?<unit>day|week|month|year|hour|minute))" + R,
            (m, t) -> span(m, new Expr.Repeat(period(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)), "1"))))
            .near(Set.of("once", "twice", "times"), 20, 20));
  }

  private static Expr duration(Lexicon lx, Matcher m, String t) {
    String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
    String n = SPACES.matcher(m.group("n").toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (isAge(t, m.start(), m.end()) || wordAfter(t, m.end()).equals("ago")) {
      return null;
    }
    // "a second attack", "one second round": an ordinal, not a duration
    if (unitWord.equals("second") && !n.matches("\\d+")) {
      return null;
    }
    String count;
    if (lx.vagueQuantities().contains(n)) {
      count = "X";
    } else {
      Double value = lx.number(n);
      if (value == null || value <= 0) {
        return null;
      }
      count = format(value);
    }
    return new Expr.Duration(period(lx.units().get(unitWord), count));
  }

  private static Expr durationAdjective(Lexicon lx, Matcher m, String t) {
    Double value = lx.number(m.group("n"));
    if (value == null || value <= 0 || isAge(t, m.start(), m.end())) {
      return null;
    }
    return new Expr.Duration(period(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)), format(value)));
  }

  private static Expr vague(Lexicon lx, Matcher m, String t) {
    if (isAge(t, m.start(), m.end()) || wordAfter(t, m.end()).equals("ago")) {
      return null;
    }
    return new Expr.Duration(period(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)), "X"));
  }

  /** A bare plural unit is a duration only after a word that measures time with it: "for years", "within days". */
  private static Expr bare(Lexicon lx, Matcher m, String t) {
    String prev = wordBefore(t, m.start());
    String next = wordAfter(t, m.end());
    if (!MEASURES_TIME.matcher(prev).matches() || NOT_DURATION.matcher(next).matches()) {
      return null;
    }
    return new Expr.Duration(period(lx.units().get(m.group("unit").toLowerCase(Locale.ROOT)), "X"));
  }

  private static Expr every(Lexicon lx, Matcher m) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    String step = m.group("other") == null ? "1" : "2";
    Integer weekday = lx.weekdays().get(unit);
    if (weekday != null) {
      return new Expr.Repeat("XXXX-WXX-" + weekday);
    }
    String part = lx.partsOfDay().get(unit);
    if (part != null) {
      return new Expr.Repeat("XXXX-XX-XXT" + part);
    }
    if (unit.equals("weekend")) {
      return new Expr.Repeat("XXXX-WXX-WE");
    }
    return new Expr.Repeat(period(lx.units().get(unit), step));
  }

  /**
   * "Daily Sabah", "the People's Daily": a capitalised adverb inside a sentence or before a capitalised word names a
   * paper.
   */
  private static Expr adverb(Matcher m, String t) {
    String w = m.group("w");
    int i = m.end();
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    boolean capitalised = Character.isUpperCase(w.charAt(0));
    if (capitalised && (!Rule.sentenceInitial(t, m.start())
        || i < t.length() && Character.isUpperCase(t.charAt(i)))) {
      return null;
    }
    return new Expr.Repeat(switch (w.toLowerCase(Locale.ROOT)) {
      case "daily" -> "P1D";
      case "weekly" -> "P1W";
      case "monthly" -> "P1M";
      case "hourly" -> "PT1H";
      case "nightly" -> "XXXX-XX-XXTNI";
      default -> "P1Y";
    });
  }

  /** "30-year-old", "30 years old", "30 years of age", "6 months and older", "aged 30 years". */
  private static boolean isAge(String t, int start, int end) {
    String rest = t.substring(end, Math.min(t.length(), end + 16)).toLowerCase(Locale.ROOT);
    return AGE_AFTER.matcher(rest).lookingAt() || AGED.matcher(wordBefore(t, start)).matches();
  }

  /** A TIMEX3 period: unit code from the lexicon (Y, M, W, D, H, MIN, S, DE, CE, FN) and a count or "X". */
  static String period(String code, String count) {
    boolean vague = count.equals("X");
    return switch (code) {
      case "H" -> "PT" + count + "H";
      case "MIN" -> "PT" + count + "M";
      case "S" -> "PT" + count + "S";
      case "DE" -> vague ? "PXDE" : "P" + scale(count, 10) + "Y";
      case "CE" -> vague ? "PXCE" : "P" + scale(count, 100) + "Y";
      case "FN" -> vague ? "PXW" : "P" + scale(count, 2) + "W";
      default -> "P" + count + code;
    };
  }

  private static String scale(String count, int factor) {
    return format(Double.parseDouble(count) * factor);
  }

  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
