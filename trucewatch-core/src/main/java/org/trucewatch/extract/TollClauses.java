package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Whether a place stands in a running toll told beside the day's attack: "..., the fourth soldier to die in shelling
 * in X and Y this month", "the 12th farmer to be killed near X since spring". Such a clause counts earlier victims, so
 * its places are where those fell, not a place of the day's attack. Reads the lexicon's {@code tollrank} (the ordinal:
 * "fourth", "latest") and {@code tollfate} ("die", "be killed") words, or a written ordinal ("12th"); stateless and
 * thread-safe. Also whether a figure's clause counts from a "since" clause ("killed since fighting flared", "since the
 * pause began"): a running total, no one attack's toll; the {@code tollspan} rows of value {@code peak} ("the worst
 * since ...") mark a since that ranks the day instead.
 */
final class TollClauses {

  /** The most words between the ordinal and "to": "the sixth [Indian army] soldier to die". */
  private static final int NOUN_WORDS = 4;
  /** The most words between "since" and the verb of its clause: "since [the renewed] fighting flared". */
  private static final int SINCE_WORDS = 5;
  /** How far back a peak word ranks the since: "in one of the most damaging attacks on the north since". */
  private static final int PEAK_WORDS = 12;
  /** What opens a clause: a toll clause begins after it. */
  private static final Set<String> CLAUSE_OPEN = Set.of(",", ";", ":", "(", "\u2014", "\u2013");
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

  private final Lexicon lexicon;

  TollClauses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the place starting at token {@code from} follows "the Nth ... to die" in its own clause. */
  boolean counted(List<Token> tokens, int from) {
    int start = from - 1;
    while (start > 0 && !CLAUSE_OPEN.contains(tokens.get(start).text())) {
      start--;
    }
    for (int i = Math.max(start, 0); i + 3 < from; i++) {
      if (!Lexicon.lower(tokens.get(i)).equals("the") || !rank(tokens, i + 1)) {
        continue;
      }
      for (int j = i + 2; j <= i + 2 + NOUN_WORDS && j + 1 < from; j++) {
        if (Lexicon.lower(tokens.get(j)).equals("to") && lexicon.at(tokens, j + 1, "tollfate") != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code [lo, hi)} holds a "since" that opens a clause with a verb of its own ("since hostilities flared",
   * "since the war began"), not one that ranks ("the deadliest since the truce began") nor an adverb ("have since
   * fled"): what is counted in that clause runs from then, a total, no one attack's toll.
   */
  boolean sinceClause(List<Token> tokens, int lo, int hi) {
    return sinceClause(tokens, lo, hi, List.of());
  }

  /** The same, but a day of the clause's own before the since makes it that day's toll ("killed on Sunday, since"). */
  boolean sinceClause(List<Token> tokens, int lo, int hi, List<Spans.TimeSpan> times) {
    for (int k = Math.max(0, lo); k < Math.min(tokens.size(), hi) - 1; k++) {
      if (!Lexicon.lower(tokens.get(k)).equals("since") || "ADV".equals(tokens.get(k).tag()) || ranked(tokens, k)
          || ownDayBefore(times, lo, k)) {
        continue;
      }
      for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + SINCE_WORDS); j++) {
        String tag = tokens.get(j).tag();
        if ("PUNCT".equals(tag) || CLAUSE_OPEN.contains(tokens.get(j).text())) {
          break;
        }
        if ("VERB".equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }

  // "the deadliest strike on the town since", "the first time the city was hit since": a peak word before the since
  private boolean ranked(List<Token> tokens, int since) {
    for (int j = since - 1; j >= Math.max(0, since - PEAK_WORDS); j--) {
      Lexicon.Entry e = lexicon.at(tokens, j, "tollspan");
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (e != null && e.value().equals("peak") || "ADJ".equals(tokens.get(j).tag()) && w.endsWith("est")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code t} stands in a since clause (opening at or after {@code lo}) that dates a count told
   * just before it ("20 killed since hostilities flared"): the start of a running total, no attack of its own.
   */
  boolean startOfCount(List<Token> tokens, int lo, int t) {
    for (int k = t - 1; k >= Math.max(Math.max(0, lo), t - SINCE_WORDS); k--) {
      String tag = tokens.get(k).tag();
      if ("PUNCT".equals(tag) || CLAUSE_OPEN.contains(tokens.get(k).text())) {
        return false;
      }
      if (Lexicon.lower(tokens.get(k)).equals("since")) {
        if ("ADV".equals(tag) || ranked(tokens, k)) {
          return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - PEAK_WORDS); j--) { // the count the since clause dates
          String w = tokens.get(j).text();
          if (w.equals(";") || w.equals(":") || w.equals(".")) {
            return false;
          }
          if (tokens.get(j).isNumber() || "NUM".equals(tokens.get(j).tag())) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean ownDayBefore(List<Spans.TimeSpan> times, int lo, int since) {
    return times.stream().anyMatch(t -> t.from() >= lo && t.to() <= since && t.date() != null && !t.since());
  }

  private boolean rank(List<Token> tokens, int k) {
    return lexicon.at(tokens, k, "tollrank") != null || ORDINAL.matcher(Lexicon.lower(tokens.get(k))).matches();
  }
}
