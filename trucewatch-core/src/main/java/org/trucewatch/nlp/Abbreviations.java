package org.trucewatch.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that end with a period in news English and do not end a sentence (titles, ranks, months, "No.",
 * "U.S."): shared by the tokenizer and the sentence splitter. Immutable.
 */
public final class Abbreviations {

  private static final Set<String> ENGLISH = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
      "brig", "rep", "reps", "sen", "sens", "gov", "pres", "amb", "sec", "gens", "rev", "fr", "hon", "st", "mt", "ft",
      "jr", "sr", "messrs", "no", "nos", "vol", "art", "fig", "pp", "ca", "approx", "vs", "v", "etc", "al",
      "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "i.e", "e.g", "ph.d", "d.c", "h.r", "n.y");

  // After these the period may well end the sentence: "...and so on, etc. The next..." or "at 5 p.m. The army...".
  private static final Set<String> CAN_END = Set.of("etc", "a.m", "p.m", "inc", "ltd",
      "co", "corp", "jr", "sr");

  public static final Abbreviations ENGLISH_NEWS = new Abbreviations();

  private Abbreviations() {}

  /** Whether {@code word} (without its final period) is a known abbreviation. */
  public boolean isAbbreviation(String word) {
    return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a period after {@code word} can also end a sentence when a capitalised word follows. */
  public boolean canEndSentence(String word) {
    return CAN_END.contains(word.toLowerCase(Locale.ROOT));
  }
}
