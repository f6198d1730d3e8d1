package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.CeasefireFinder.Status;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Which of a sentence's dates and clock times belong to which truce step, for {@link CeasefireFinder}: the date each
 * status word owns, a date that names a truce ("the November 27 ceasefire") or is a span's new end, and clock times
 * near a step (midnight, "from 14:00"), and the sentence's date nearest a truce word no status word dates
 * (fallbackDate). Stateless and thread-safe.
 */
final class TruceDates {

  private static final int DATE_REACH = CeasefireFinder.DATE_REACH;

  private TruceDates() {}

  /**
   * A start at midnight with no day of its own, in a sentence dated by a day an earlier sentence told before the
   * story's day ("Late on Monday ... signed a statement. A ceasefire took effect from midnight"): the midnight that
   * ends that day, so the next day.
   */
  static boolean midnightAfter(AnnotatedSentence s, Status st, Dating.Dated d, ArticleContext ctx) {
    boolean midnight = s.times().stream().anyMatch(t -> t.date() == null && t.rangeStart() == null
        && t.time() != null && t.time().getHour() == 0 && t.time().getMinute() == 0
        && (t.from() >= st.to() ? t.from() - st.to() : st.from() - t.to()) <= DATE_REACH);
    return midnight && d.basis() == DateBasis.PARAGRAPH && d.dateEnd() == null && ctx.anchor != null
        && d.date().isBefore(ctx.anchor);
  }

  /** Whether a clock time with no day ("14:00", "6 a.m.") begins within {@code words} words of {@code at}. */
  static boolean clockWithin(AnnotatedSentence s, int at, int words) {
    return s.times().stream().anyMatch(t -> t.date() == null && t.rangeStart() == null && t.time() != null
        && !t.since() && t.from() >= at && t.from() <= at + words);
  }

  /** Whether the clock time near the status word is midnight. */
  static boolean midnightNear(AnnotatedSentence s, Status st) {
    return s.times().stream().anyMatch(t -> t.date() == null && t.rangeStart() == null && t.time() != null
        && t.time().getHour() == 0 && t.time().getMinute() == 0
        && (t.from() >= st.to() ? t.from() - st.to() : st.from() - t.to()) <= DATE_REACH);
  }

  /** Whether a clock time with no day ("at 10:00", "from 18:30") stands within DATE_REACH of the status word. */
  static boolean clockNear(AnnotatedSentence s, Status st) {
    return s.times().stream().anyMatch(t -> t.date() == null && t.rangeStart() == null && t.time() != null
        && !t.since() && (t.from() >= st.to() ? t.from() - st.to() : st.from() - t.to()) <= DATE_REACH);
  }

  /** Whether a date is a span's new end: right after "until", "till", "through" or "to" ("extended to 18 May"). */
  static boolean newEnd(List<Token> tokens, TimeSpan ts) {
    for (int k = Math.max(0, ts.from() - 1); k <= ts.from() && k < tokens.size(); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("until") || w.equals("till") || w.equals("through") || w.equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date each status word owns: of the dates that do not name a truce, each goes to the status word nearest it
   * within DATE_REACH (one before it when two are as near: "took effect on 5 September"), and a status word keeps the
   * nearest of its own.
   */
  static TimeSpan[] owned(AnnotatedSentence s, List<Status> statuses, List<Lexicon.Match> nouns) {
    TimeSpan[] out = new TimeSpan[statuses.size()];
    int[] bestDist = new int[statuses.size()];
    java.util.Arrays.fill(bestDist, Integer.MAX_VALUE);
    List<Token> tokens = s.sentence().tokens();
    for (TimeSpan ts : s.times()) {
      int since = sinceStart(tokens, ts, statuses);
      if (since >= 0) { // "has been in force since 27 November 2024": the day it took effect
        out[since] = ts;
        bestDist[since] = 0;
        continue;
      }
      if (!free(s, ts, nouns)) {
        continue;
      }
      int owner = -1;
      int dist = Integer.MAX_VALUE;
      for (int i = 0; i < statuses.size(); i++) {
        int d = distance(tokens, statuses.get(i), ts);
        if (d < dist) {
          owner = i;
          dist = d;
        }
      }
      if (owner >= 0 && dist <= 2 * DATE_REACH + 1 && dist < bestDist[owner]) {
        out[owner] = ts;
        bestDist[owner] = dist;
      }
    }
    secondOwners(s, statuses, nouns, out);
    return out;
  }

  /**
   * "signed ... on 20 May and entered into force at 21:45 on 22 May": a date its nearest status word gave up for a
   * nearer one of its own goes to the nearest status word within reach that owns none.
   */
  private static void secondOwners(AnnotatedSentence s, List<Status> statuses, List<Lexicon.Match> nouns,
      TimeSpan[] out) {
    List<Token> tokens = s.sentence().tokens();
    List<TimeSpan> kept = java.util.Arrays.asList(out);
    for (TimeSpan ts : s.times()) {
      if (kept.contains(ts) || ts.date() == null || sinceStart(tokens, ts, statuses) >= 0 || !free(s, ts, nouns)) {
        continue;
      }
      int owner = -1;
      int dist = 2 * DATE_REACH + 2;
      for (int i = 0; i < statuses.size(); i++) {
        int d = distance(tokens, statuses.get(i), ts);
        if (out[i] == null && d < dist) {
          owner = i;
          dist = d;
        }
      }
      if (owner >= 0) {
        out[owner] = ts;
      }
    }
  }

  /** Whether a date may be a status word's: one the story can use that names no truce ("the 22 May agreement"). */
  private static boolean free(AnnotatedSentence s, TimeSpan ts, List<Lexicon.Match> nouns) {
    List<Token> tokens = s.sentence().tokens();
    return Dating.usable(s, ts) && nouns.stream().noneMatch(n -> names(tokens, ts, n));
  }

  // how far the date stands from the status word, doubled (a date before it half a word farther), a clause between
  // counting as DATE_REACH words; Integer.MAX_VALUE where the date cannot be the status word's
  private static int distance(List<Token> tokens, Status st, TimeSpan ts) {
    if (st.value().equals("extended") && newEnd(tokens, ts)) {
      return Integer.MAX_VALUE; // "extended until February 18": the truce's new end, not the day it was extended
    }
    if (TruceCues.otherSinceClause(tokens, ts, Math.min(st.from(), st.noun().from()),
        Math.max(st.to(), st.noun().to()))) {
      return Integer.MAX_VALUE; // "declared since the rebels seized the airport on 3 October": the seizing's day
    }
    // "violated the ceasefire agreement on Thursday": a day right after the status word's truce is its own
    int after = st.noun().from() >= st.to() && st.noun().from() - st.to() <= 2 && st.noun().to() <= ts.from()
        ? st.noun().to() : st.to();
    int d = st.to() <= ts.from() ? 2 * (ts.from() - after) : 2 * Math.max(0, st.from() - ts.to()) + 1;
    boolean fronted = ts.from() <= 2 && st.from() > ts.to(); // "Late on Saturday, the ministry announced"
    if (!fronted && TruceCues.comma(tokens, Math.min(st.to(), ts.to()), Math.max(st.from(), ts.from()))
        && !TruceCues.dateAside(tokens, st.to() - 1, ts)) {
      d += 2 * DATE_REACH; // "agreed on October 10, announced for October 18": a date goes with its own clause
    }
    return d;
  }

  /**
   * The start status a "since" day follows right after ("in force since 27 November", "in effect since 5 May"): that
   * day is when the truce took effect; -1 for any other date, or a "since" month or year (a span up to now).
   */
  static int sinceStart(List<Token> tokens, TimeSpan ts, List<Status> statuses) {
    if (!ts.since() || ts.date() == null) {
      return -1;
    }
    int at = ts.from() < tokens.size() && Lexicon.lower(tokens.get(ts.from())).equals("since") ? ts.from()
        : ts.from() > 0 && Lexicon.lower(tokens.get(ts.from() - 1)).equals("since") ? ts.from() - 1 : -1;
    for (int i = 0; at >= 0 && i < statuses.size(); i++) {
      Status st = statuses.get(i);
      if (st.value().equals("start") && st.to() <= at && at - st.to() <= 1) {
        return i;
      }
    }
    return -1;
  }

  /** The date, a day or a month, that names the truce {@code n} ("the November 27 ceasefire", "the truce of May"). */
  static TimeSpan named(AnnotatedSentence s, Lexicon.Match n) {
    for (TimeSpan t : s.times()) {
      boolean month = t.date() != null || t.rangeStart() != null
          && java.time.temporal.ChronoUnit.DAYS.between(t.rangeStart(), t.rangeEnd()) <= 31;
      if (month && names(s.sentence().tokens(), t, n)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether {@code t} stands right before the truce word or right after it with "of", a noun between them or not
   * ("the ceasefire of 2003", "the ceasefire understanding of 2003").
   */
  static boolean names(List<Token> tokens, TimeSpan t, Lexicon.Match n) {
    boolean before = t.to() == n.from() || t.to() == n.from() - 1
        && Lexicon.lower(tokens.get(t.to())).matches("'s|’s|-");
    int of = n.to() < tokens.size() && "NOUN".equals(tokens.get(n.to()).tag()) ? n.to() + 1 : n.to();
    boolean after = of < tokens.size() && Lexicon.lower(tokens.get(of)).equals("of") && t.from() == of + 1;
    return before || after;
  }

  /** The status word said of {@code n} nearest it, or null. */
  static Status nearest(List<Status> statuses, Lexicon.Match n) {
    Status best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Status st : statuses) {
      int d = st.from() >= n.to() ? st.from() - n.to() : Math.max(0, n.from() - st.to());
      if (st.noun() == n && d < bestDist && !st.value().equals(TruceStatuses.WAR)) {
        best = st;
        bestDist = d;
      }
    }
    return best;
  }

  /** Words of dates between two spans: "approved a deal early on Wednesday for a pause" reaches as far as without. */
  static int timeWords(AnnotatedSentence s, Lexicon.Match a, Lexicon.Match b) {
    int from = Math.min(a.to(), b.to());
    int to = Math.max(a.from(), b.from());
    int n = 0;
    for (TimeSpan t : s.times()) {
      if (t.from() >= from && t.to() <= to) {
        n += t.to() - t.from();
      }
    }
    return n;
  }

  /**
   * The sentence's date nearest the truce word that does not name a truce, is not {@code others} (a war's own days)
   * and stands in no "since" clause of its own; inside a clause opened before the truce
   * word ("killed on Friday, in the worst attack since a truce took hold last July") only the clause's own dates, up
   * to the comma that closes it.
   */
  static TimeSpan fallbackDate(Lexicon lexicon, AnnotatedSentence s, Lexicon.Match n,
      java.util.Collection<TimeSpan> others) {
    List<Token> tokens = s.sentence().tokens();
    int from = 0;
    for (int k = n.from() - 1; k >= Math.max(0, n.from() - 6); k--) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (tokens.get(k).text().equals(",")) {
        break;
      }
      if (cue != null && cue.value().equals("sub")) {
        from = k + 1;
        break;
      }
    }
    int to = tokens.size();
    for (int k = n.to(); from > 0 && k < tokens.size(); k++) {
      if (tokens.get(k).text().matches("[,;:]")) {
        to = k; // "since the ceasefire expired, the army retook the town on 5 July": the clause ends here
        break;
      }
    }
    TimeSpan best = null;
    int bestDist = Integer.MAX_VALUE;
    for (boolean days : new boolean[] {true, false}) {
      for (TimeSpan ts : s.times()) {
        if (ts.from() < from || ts.from() >= to || (ts.date() != null) != days || !Dating.usable(s, ts)
            || TruceDates.names(tokens, ts, n) || others.contains(ts)
            || TruceCues.otherSinceClause(tokens, ts, n.from(), n.to())) {
          continue;
        }
        int dist = ts.from() >= n.from() ? ts.from() - n.from() : n.from() - ts.to();
        if (dist < bestDist) {
          bestDist = dist;
          best = ts;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }
}
