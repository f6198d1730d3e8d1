package org.trucewatch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an attack's place is named, in every sentence that tells the attack, only as another war: the cause a side
 * acts for ("in solidarity with Gaza", "as part of its support for the people of Gaza") or the war a story counts
 * from ("since the war in Gaza began", "since the Gaza war erupted"). Such a place is the occasion, not where the day's
 * attack fell. The phrases are lexicon rows: {@code warcause} (the place may follow within a short clause),
 * {@code warname} (the place follows at once) and {@code warafter} (the word after the place: "war", "conflict").
 * Immutable and thread-safe; built once per extractor from its lexicon.
 */
final class OtherWarNames {

  /** Words between a cause phrase and its place: "in support of [the Palestinians in] Gaza". */
  private static final int GAP = 12;
  /** What ends a clause: a cause phrase before it does not reach a place after it. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:.()\u2014\u2013]| - ");
  /** The word just before a place a cause phrase reaches ("the people of Gaza", "Palestinians in Gaza"). */
  private static final List<String> LINKS = List.of("in", "of", "for", "with", "to", "on", "against", "the");
  // compiled once: String.replaceAll compiles its expression at every call (twice per evidence sentence per attack)
  private static final Pattern QUOTES = Pattern.compile("[\"'\u2018\u2019\u201c\u201d]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final java.util.Map<String, Pattern> PLACES = new java.util.concurrent.ConcurrentHashMap<>();

  private final List<String> warAfter;
  private final List<String> warNames;
  private final List<String> warCauses;
  /** Every form of an act word ("struck", "shelled"): the stop words and the one-word attack entries, inflected once. */
  private final Set<String> actForms = new HashSet<>();

  OtherWarNames(Lexicon lexicon) {
    this.warAfter = lexicon.phrases("warafter");
    this.warNames = lexicon.phrases("warname");
    this.warCauses = lexicon.phrases("warcause");
    for (String a : lexicon.phrases("warcausestop")) {
      actForms.addAll(Lexicon.inflections(a));
    }
    for (String a : lexicon.phrases("attack")) {
      if (a.indexOf(' ') < 0) {
        actForms.addAll(Lexicon.inflections(a));
      }
    }
  }

  /** Whether every mention of {@code surface} in {@code sentences} is another war's name; false if none is. */
  boolean onlyAnotherWar(String surface, List<String> sentences) {
    if (surface == null || surface.isBlank()) {
      return false;
    }
    String name = surface.toLowerCase(Locale.ROOT);
    Pattern place = PLACES.get(name);
    if (place == null) { // the same places recur in every article of a war: each compiled once
      place = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
      if (PLACES.size() >= 10_000) {
        PLACES.clear(); // a bound on memory for endless streams of new names
      }
      PLACES.put(name, place);
    }
    boolean named = false;
    for (String s : sentences) {
      String text = SPACES.matcher(QUOTES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ");
      Matcher m = place.matcher(text);
      while (m.find()) {
        named = true;
        if (!occasion(text.substring(0, m.start()), text.substring(m.end()))) {
          return false;
        }
      }
    }
    return named;
  }

  private boolean occasion(String before, String after) {
    for (String w : warAfter) {
      if (after.startsWith(" " + w + " ") || after.equals(" " + w) || after.startsWith(" " + w + ",")
          || after.startsWith(" " + w + ".")) {
        return before.endsWith("the ") || before.endsWith("s ");
      }
    }
    Matcher end = CLAUSE_END.matcher(before);
    int from = 0;
    while (end.find()) {
      from = end.end();
    }
    String clause = " " + before.substring(from).strip() + " ";
    for (String p : warNames) {
      if (clause.endsWith(" " + p + " ") || clause.endsWith(" " + p + " the ")) {
        return true;
      }
    }
    for (String p : warCauses) {
      int at = clause.lastIndexOf(" " + p + " ");
      if (at < 0) {
        continue;
      }
      String[] gap = clause.substring(at + p.length() + 1).strip().split(" ");
      boolean empty = gap.length == 1 && gap[0].isEmpty();
      if (empty || gap.length <= GAP && LINKS.contains(gap[gap.length - 1]) && !acts(gap)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words name an act ("troops struck", "jets shelled"): then the place is where it fell. */
  private boolean acts(String[] words) {
    for (String w : words) {
      if (actForms.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
