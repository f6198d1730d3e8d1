package org.trucewatch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Reads a run of days of fire that holds an act ("killed in two days of clashes", "three straight days of shelling")
 * from a tagged sentence: the run's count of days, which {@link Dating} turns into the days before the telling. Its
 * words are the lexicon's {@code fireday} rows. Immutable and thread-safe.
 */
final class DaysOfFire {

  /** The words that put an act inside a run of days ("killed in two days of", "over three days of"). */
  private final Set<String> inside;
  /** Words between a count and "days" that keep the run exact ("three straight days", "two consecutive days"). */
  private final Set<String> exact;
  /** Runs of days that are no fire: "three days of mourning", "two days of talks". */
  private final Set<String> other;

  DaysOfFire(Lexicon lexicon) {
    this.inside = words(lexicon, "inside");
    this.exact = words(lexicon, "exact");
    this.other = words(lexicon, "other");
  }

  private static Set<String> words(Lexicon lexicon, String value) {
    Set<String> out = new HashSet<>();
    for (Lexicon.Entry e : lexicon.entries("fireday")) {
      if (value.equals(e.value())) {
        out.add(String.join(" ", e.words()));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The count of an "N days of" phrase that holds the trigger {@code t} within three words ("two days of fierce
   * clashes", "three straight days of shelling"), or that follows it after "in", "over" or "during" with no comma
   * between ("killed over two days of artillery fire"); else 0. A count of one is no span ("a day of mourning").
   */
  int count(AnnotatedSentence s, int t) {
    var tokens = s.sentence().tokens();
    for (int of = Math.max(2, t - 4); of < Math.min(tokens.size(), t + 10); of++) {
      String w = Lexicon.lower(tokens.get(of));
      if ((w.equals(",") || w.equals(";")) && of != t) {
        if (of > t) {
          return 0;
        }
        continue;
      }
      if (!w.equals("of") || !Lexicon.lower(tokens.get(of - 1)).equals("days")) {
        continue;
      }
      int c = of - 2;
      if (c >= 1 && exact.contains(Lexicon.lower(tokens.get(c)))) {
        c--; // "three straight days of"
      }
      String count = Lexicon.lower(tokens.get(c));
      Integer n = count.matches("\\d{1,2}") ? Integer.valueOf(count) : Dating.COUNTS.get(count);
      // "took the city after four days of fighting": a run told as the lead-up to another act is not dated apart
      boolean after = c >= 1 && Lexicon.lower(tokens.get(c - 1)).equals("after");
      boolean holds = of < t && !after && describes(tokens, of + 1, t);
      boolean follows = of > t && c >= 1 && inside.contains(Lexicon.lower(tokens.get(c - 1)))
          && hasNoComma(tokens, t, c);
      return n == null || n < 2 || !holds && !follows ? 0 : Math.min(n, 7);
    }
    return 0;
  }

  /**
   * Whether only words that qualify the trigger stand in {@code [from, to)} ("fierce", "artillery"): not "three days
   * of mourning after gunmen raided", a run of another kind.
   */
  private boolean describes(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (!"ADJ".equals(tag) && !"NOUN".equals(tag) || other.contains(Lexicon.lower(tokens.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether no comma or semicolon stands in {@code [from, to)}. */
  private static boolean hasNoComma(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return true;
  }
}
