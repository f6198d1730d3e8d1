package org.trucewatch.extract;

import java.time.temporal.ChronoUnit;
import org.trucewatch.extract.Dating.Dated;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;

/**
 * Keeps the day of a toll update off the attack the toll counts: reads a sentence's tokens and time spans and the
 * lexicon's {@code tollcount} and {@code tollrise} rows, and returns the attack's date in place of the one
 * {@link Dating} gave. Immutable and thread-safe.
 */
final class TollRiseDating {

  private final Lexicon lexicon;

  TollRiseDating(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * "The death toll from air strikes on the town has climbed to 21, officials said on Thursday": the day of a toll
   * that rose dates the count, not the attack {@code t} told inside the toll's subject. A date of the attack's own
   * before the rising verb keeps {@code when}; a lapse after the update's day ("on Thursday, a day after the
   * strikes") counts back from it; else the attack is undated.
   */
  Dated date(AnnotatedSentence s, int t, Dated when) {
    var tokens = s.sentence().tokens();
    if (when.date() == null || !lexicon.anyFirstWord(tokens, new String[] {"tollrise"})) {
      return when;
    }
    int count = -1;
    for (int k = t - 1; k >= Math.max(0, t - 12) && count < 0; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(";") || w.equals(":")) {
        break;
      }
      count = lexicon.at(tokens, k, "tollcount") != null ? k : -1;
    }
    int rise = -1;
    for (int k = t + 1; count >= 0 && k < tokens.size() && rise < 0; k++) {
      if (Lexicon.lower(tokens.get(k)).equals(";")) {
        break;
      }
      rise = lexicon.at(tokens, k, "tollrise") != null ? k : -1;
    }
    if (rise < 0 || Dating.nearest(s, count, rise, t) != null) {
      return when; // no toll rising, or "the toll from Saturday's strike rose": the attack's own day
    }
    for (TimeSpan ts : s.times()) {
      if (ts.date() == null || ts.from() < rise || ts.to() >= tokens.size()) {
        continue;
      }
      int k = ts.to() + (tokens.get(ts.to()).text().equals(",") ? 1 : 0);
      if (k + 2 >= tokens.size()) {
        continue;
      }
      String unit = Lexicon.lower(tokens.get(k + 1));
      Integer n = Dating.COUNTS.get(Lexicon.lower(tokens.get(k)));
      ChronoUnit u = Dating.UNITS.get(unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
      if (n != null && u != null && Lexicon.lower(tokens.get(k + 2)).equals("after")) {
        return new Dated(ts.date().minus(n, u), null, when.time(), when.basis());
      }
    }
    return Dated.NONE;
  }
}
