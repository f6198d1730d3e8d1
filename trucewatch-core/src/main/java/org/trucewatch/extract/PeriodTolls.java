package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Whether a casualty figure counts a whole war or a period of weeks or more, which the guidelines keep as background,
 * not a report: the war as what killed or where the dead fell ("the three-year war has killed 12,000", "a conflict in
 * which some 5,000 died", "killed in the decade-long conflict"), or a span with no day ("this year", "in the past
 * week", "over the past three months"). A clause with a day of its own tells that day's toll ("six killed on Sunday,
 * the deadliest day of the war"). The words are the lexicon's {@code tollwar} and {@code tollspan} rows, the function
 * words too (values clause, until, frame).
 */
final class PeriodTolls {

  // how far from the figure a war word or a span may stand in its clause
  private static final int REACH = 10;

  private final Lexicon lexicon;

  PeriodTolls(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the figure over {@code [from, to)} in {@code clause} counts a war or a period (total26b). */
  boolean counts(AnnotatedSentence s, int[] clause, int from, int to) {
    List<Token> tokens = s.sentence().tokens();
    int lo = Math.max(Math.max(0, clause[0]), from - REACH);
    int hi = Math.min(Math.min(tokens.size(), clause[1]), to + REACH);
    if (ownDay(s, tokens, lo, hi, from)) {
      return false;
    }
    for (int k = lo; k < hi; k++) {
      Lexicon.Entry span = lexicon.at(tokens, k, "tollspan");
      if (span != null && span.value().equals("period")) {
        return true; // "this year", "so far this year"
      }
      if (span != null && span.value().equals("back") && unitAfter(tokens, k + span.words().length, hi)) {
        return true; // "in the past week", "over the past three months"
      }
      if (lexicon.at(tokens, k, "tollwar") != null && theWar(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A day named in the window, not the end of a span ("till September 7") nor the day of another clause ("said on
   * Sunday that ...", "met on Sunday over a war in which ..."): the toll is that day's.
   */
  private boolean ownDay(AnnotatedSentence s, List<Token> tokens, int lo, int hi, int figure) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() >= lo && ts.to() <= hi && ts.date() != null && !ts.since()
          && (ts.from() == 0 || !word(tokens, ts.from() - 1, "until"))
          && !clauseBetween(tokens, ts.to(), figure)) {
        return true;
      }
    }
    return false;
  }

  /** A word opening another clause between {@code a} and {@code b}, either way round. */
  private boolean clauseBetween(List<Token> tokens, int a, int b) {
    for (int j = Math.min(a, b); j < Math.max(a, b); j++) {
      if (word(tokens, j, "clause")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} is a {@code tollspan} row of that value (the function words are data too). */
  private boolean word(List<Token> tokens, int k, String value) {
    Lexicon.Entry e = lexicon.at(tokens, k, "tollspan");
    return e != null && e.value().equals(value) && e.words().length == 1;
  }

  /** A unit of weeks or more within three words after a look-back word ("past three months"). */
  private boolean unitAfter(List<Token> tokens, int at, int hi) {
    for (int j = at; j < Math.min(hi, at + 3); j++) {
      Lexicon.Entry u = lexicon.at(tokens, j, "tollspan");
      if (u != null && u.value().equals("unit")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The war word at {@code k} names the war itself: a noun heading its phrase ("a war monitor", "war crimes" are other
   * things), not counted from ("since the war began" is the running toll's own rule), nor the frame of one day ("the
   * deadliest day of the war").
   */
  private boolean theWar(List<Token> tokens, int k) {
    if (k + 1 < tokens.size() && "NOUN".equals(tokens.get(k + 1).tag())) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 6); j--) { // "since the beginning of the conflict"
      if (word(tokens, j, "frame")) {
        return false;
      }
    }
    return true;
  }
}
