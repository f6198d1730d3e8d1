package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.nlp.Token;

/**
 * Places a sentence names that are where the news was told or a clock was read, not where an attack happened: "told
 * reporters in Baku", "a Kyiv radio station", "said in Moscow" (a capital after an active speech verb), "at 10:15
 * Yerevan time". Reads the lexicon's {@code speechvenue}, {@code speakact}, {@code speech} and {@code clockzone} rows;
 * immutable, asked by {@link AttackPlaces} for each place of an attack's clause.
 */
final class SpeechPlaces {

  private final Lexicon lexicon;

  SpeechPlaces(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A place read as a clock: "at 10:15 Yerevan time". */
  boolean clock(List<Token> tokens, PlaceSpan p) {
    return p.to() < tokens.size() && Character.isLowerCase(tokens.get(p.to()).text().charAt(0))
        && lexicon.at(tokens, p.to(), "clockzone") != null;
  }

  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are");

  /**
   * A place next to a word for where words were spoken ("told reporters in
   * Baku", "a news conference in Yerevan", "a Kyiv radio station"), or a capital right after an active speech verb
   * ("said in Moscow", "speaking in Ankara"): where the news was told, not where the attack happened.
   */
  boolean venue(List<Token> tokens, PlaceSpan p, ArticleContext ctx) {
    if (seat(tokens, p)) {
      return true;
    }
    if (p.to() < tokens.size() && Character.isLowerCase(tokens.get(p.to()).text().charAt(0))
        && lexicon.at(tokens, p.to(), "speechvenue") != null && spokenBefore(tokens, p.from())) {
      return true;
    }
    if (p.from() < 2 || !Set.of("in", "at").contains(Lexicon.lower(tokens.get(p.from() - 1)))) {
      return false;
    }
    int w = p.from() - 2;
    if (lexicon.at(tokens, w, "speechvenue") != null && spokenBefore(tokens, w)
        || w >= 1 && lexicon.at(tokens, w - 1, "speechvenue") != null && spokenBefore(tokens, w - 1)) {
      return true;
    }
    return AttackPlaces.capital(p.location(), ctx) && (lexicon.at(tokens, w, "speech") != null
        || lexicon.at(tokens, w, "speakact") != null)
        && !(w >= 1 && PASSIVE.contains(Lexicon.lower(tokens.get(w - 1))));
  }

  private static final Set<String> RELATIVE = Set.of("where", "which", "who", "whose");

  /**
   * A place naming where the office that speaks sits, its phrase the subject of the speech verb right after it: "the
   * health ministry in Gaza says", "a medical source at the hospital in X, where the wounded were taken, said", "a
   * security official in X, speaking on condition of anonymity". The office's seat, not where the blow fell.
   */
  boolean seat(List<Token> tokens, PlaceSpan p) {
    if (p.from() < 2 || !Set.of("in", "at").contains(Lexicon.lower(tokens.get(p.from() - 1)))
        || lexicon.at(tokens, p.from() - 2, "speakerseat") == null) {
      return false;
    }
    int k = p.to();
    if (k + 1 < tokens.size() && tokens.get(k).text().equals(",")
        && RELATIVE.contains(Lexicon.lower(tokens.get(k + 1)))) {
      k += 2; // ", where the wounded were taken," : skip the relative clause to its closing comma
      while (k < tokens.size() && !tokens.get(k).text().equals(",")) {
        k++;
      }
    }
    if (k < tokens.size() && tokens.get(k).text().equals(",")) {
      k++;
    }
    return k < tokens.size() && lexicon.at(tokens, k, "speech") != null;
  }

  /** Whether a speech verb or act of telling stands within four tokens before {@code k} ("told a news conference"). */
  private boolean spokenBefore(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (lexicon.at(tokens, j, "speech") != null || lexicon.at(tokens, j, "speakact") != null) {
        return true;
      }
    }
    return false;
  }
}
