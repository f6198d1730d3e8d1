package org.trucewatch.resolve.time;

import static org.trucewatch.resolve.time.Rule.L;
import static org.trucewatch.resolve.time.Rule.R;
import static org.trucewatch.resolve.time.Rule.charAt;
import static org.trucewatch.resolve.time.Rule.wordAfter;
import static org.trucewatch.resolve.time.Rule.wordBefore;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.trucewatch.resolve.time.Expr.Clock;

/**
 * Rules for clock times: "12:05 pm", "8 p.m.", "0805 GMT", "15:00 GMT", "12 hours 00 minutes" (the Russian official
 * style), "noon", "midnight"; each with an optional zone: an abbreviation with its offset ("GMT", "EDT", "UTC+4"), a
 * city ("Moscow time") or "local time". A time in digits without "am"/"pm" or a zone needs a clock word before it
 * ("at", "from", "since") so that scores and ratios are left alone; "3:07:35" with seconds and nothing else is an
 * elapsed time, not a clock.
 */
final class ClockRules {

  private ClockRules() {}

  static List<Rule> rules(Lexicon lx) {
    Map<String, ZoneId> cities = lx.cityZones();
    String abbreviations = lx.zoneAbbreviations().keySet().stream()
        .map(z -> z.toUpperCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length())
        .reduce((a, b) -> a + "|" + b).orElseThrow();
    String zone = "(?:\\s*(?<abbr>" + abbreviations + ")(?<zoff>\\s?[+-]\\s?\\d{1,2}(?::?\\d\\d)?)?" + R
        + "|\\s+(?<city>\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+)?)\\s+(?i:time)" + R
        + "|\\s+(?<local>(?i:local\\s+time))" + R + ")";
    String ampm = "(?:\\s*(?<ap>(?i:[ap]\\.\\s?m\\.|[ap]\\.m|[ap]m))(?![\\p{L}]))";

    return List.of(
        Rule.of("clock-colon",
            L + "(?<h>[01]?\\d|2[0-4]):(?<m>[0-5]\\d)(?::(?<s>[0-5]\\d))?" + R + ampm + "?" + zone + "?",
            (m, t) -> clock(lx, cities, m, t, true)).startingWith(Rule.DIGITS).needing(":"),
        Rule.of("clock-dot-ampm", L + "(?<h>1[0-2]|0?[1-9])\\.(?<m>[0-5]\\d)" + ampm + zone + "?",
            (m, t) -> clock(lx, cities, m, t, false)).startingWith(Rule.DIGITS),
        Rule.of("clock-ampm", L + "(?<h>1[0-2]|0?[1-9])" + ampm + zone + "?",
            (m, t) -> clock(lx, cities, m, t, false)).startingWith(Rule.DIGITS),
        Rule.of("clock-military", L + "(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)(?:\\s*(?i:hrs|hours))?" + zone,
            (m, t) -> clock(lx, cities, m, t, false)).startingWith(Rule.DIGITS),
        Rule.of("clock-hours-minutes", L + "(?<h>[01]?\\d|2[0-3])\\s+(?i:hours?|h)\\.?,?\\s+(?<m>[0-5]\\d)\\s+"
                + "(?i:minutes?|min)\\.?" + R + zone + "?",
            (m, t) -> hoursMinutes(lx, cities, m, t)).startingWith(Rule.DIGITS),
        Rule.of("clock-named", L + "(?:12\\s+)?(?<name>(?i:noon|midday|midnight))" + R + zone + "?",
            (m, t) -> named(lx, cities, m, t)).startingWith("1nNmM"));
  }

  private static Candidate clock(Lexicon lx, Map<String, ZoneId> cities, Matcher m, String t, boolean needsCue) {
    int h = Integer.parseInt(m.group("h"));
    int min = group(m, "m") == null ? 0 : Integer.parseInt(m.group("m"));
    String ap = group(m, "ap");
    boolean zoned = group(m, "abbr") != null || group(m, "city") != null || group(m, "local") != null;
    if (ap != null) {
      if (h > 12 || h == 0) {
        return null;
      }
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h == 24) {
      if (min != 0) {
        return null;
      }
      h = 0;
    }
    if (needsCue && ap == null && !zoned) {
      // "3:07:35" is a race time, "2:30" a score or a ratio unless a clock word says otherwise
      if (group(m, "s") != null) {
        return null;
      }
      String prev = wordBefore(t, m.start());
      String next = wordAfter(t, m.end());
      if (!lx.clockPrepositions().contains(prev) && !next.matches("on|hours|hrs|h|local|o'clock")) {
        return null;
      }
    }
    int sec = group(m, "s") == null ? 0 : Integer.parseInt(m.group("s"));
    return zoned(lx, cities, m, t, LocalTime.of(h, min, sec));
  }

  /** "12 hours 00 minutes" is a clock only with two-digit minutes and a clock word or a date around it. */
  private static Candidate hoursMinutes(Lexicon lx, Map<String, ZoneId> cities, Matcher m, String t) {
    boolean zoned = group(m, "abbr") != null || group(m, "city") != null || group(m, "local") != null;
    String prev = wordBefore(t, m.start());
    String next = wordAfter(t, m.end());
    if (!zoned && !lx.clockPrepositions().contains(prev) && !next.equals("on")) {
      return null;
    }
    return zoned(lx, cities, m, t, LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("m"))));
  }

  private static Candidate named(Lexicon lx, Map<String, ZoneId> cities, Matcher m, String t) {
    String name = m.group("name").toLowerCase(Locale.ROOT);
    // "the midday meal", "midnight deadline" stay clocks: they name a time of day all the same
    return zoned(lx, cities, m, t, name.equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
  }

  /** Reads the zone part; an unknown city ends the span before it. */
  private static Candidate zoned(Lexicon lx, Map<String, ZoneId> cities, Matcher m, String t, LocalTime time) {
    int end = m.end();
    ZoneOffset offset = null;
    ZoneId zone = null;
    if (group(m, "abbr") != null) {
      offset = lx.zoneOffset(m.group("abbr"));
      if (group(m, "zoff") != null) {
        offset = plus(offset, m.group("zoff"));
        if (offset == null) {
          end = m.start("zoff");
          offset = lx.zoneOffset(m.group("abbr"));
        }
      }
    } else if (group(m, "city") != null) {
      zone = cities.get(m.group("city").toLowerCase(Locale.ROOT).replace('-', ' '));
      if (zone == null) {
        end = m.start("city");
        while (end > m.start() && Character.isWhitespace(t.charAt(end - 1))) {
          end--;
        }
      }
    }
    if (charAt(t, end - 1) == ' ') {
      end--;
    }
    return Candidate.of(m.start(), end, new Clock(time, offset, zone));
  }

  /** "GMT+4", "UTC -03:30": the abbreviation's offset moved by the written hours; null when out of range. */
  private static ZoneOffset plus(ZoneOffset base, String written) {
    String s = written.replace(" ", "");
    int sign = s.charAt(0) == '-' ? -1 : 1;
    String digits = s.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int total = base.getTotalSeconds() + sign * (hours * 3600 + minutes * 60);
    if (hours > 14 || minutes >= 60 || Math.abs(total) > 18 * 3600) {
      return null;
    }
    return ZoneOffset.ofTotalSeconds(total);
  }

  /** A named group's text, or null when the group did not take part or the pattern has no such group. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
