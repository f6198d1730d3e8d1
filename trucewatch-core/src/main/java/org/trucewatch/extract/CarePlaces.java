package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Where the wounded or dead were brought or lie, told beside an attack: "taken to a hospital in X", "rushed to X
 * Medical Center", "in intensive care in the town of X" (lexicon: refuge). Such a place is not where the blow fell.
 * Reads tokens and the lexicon; stateless and thread-safe.
 */
final class CarePlaces {

  // where a clause before a care place ends, and the words that may stand between "to" and the hospital
  private static final Set<String> CLAUSE_EDGES = Set.of(";", ":", "(", "when", "after", "which", "who");
  private static final Set<String> MODIFIERS = Set.of("a", "an", "the", "one", "two", "nearby", "local",
      "regional", "main", "central", "military", "government", "public", "private", "district", "general", "city");
  // a refuge that is a state the victim is in, not a place he is taken to: "in intensive care in X"
  private static final String WARD = "ward";

  private final Lexicon lexicon;

  CarePlaces(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the place at {@code at} is where the wounded or dead were brought: "taken to a hospital in X", "ferrying
   * casualties to hospitals in Y's Z district as well as in X", or lie ("in intensive care in X"); not where they
   * were hit.
   */
  boolean destination(List<Token> tokens, int at) {
    if (namesCare(tokens, at)) {
      return true;
    }
    int care = -1;
    for (int k = at - 1; k >= Math.max(0, at - 12); k--) {
      String w = Lexicon.lower(tokens.get(k));
      Lexicon.Entry e = lexicon.at(tokens, k, "refuge");
      if (e != null) {
        if (WARD.equals(e.value())) {
          return true; // "the boy's mother was in intensive care in X": where she lies, not where she was hit
        }
        care = k;
        break;
      }
      if (CLAUSE_EDGES.contains(w) || "VERB".equals(tokens.get(k).tag()) || "AUX".equals(tokens.get(k).tag())) {
        return false; // the place belongs to another clause
      }
    }
    for (int k = care - 1; care > 0 && k >= Math.max(0, care - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("to")) {
        return true; // "rushed to the regional hospital in X"
      }
      if (!(tokens.get(k).isCapitalised() || MODIFIERS.contains(w) || "ADJ".equals(tokens.get(k).tag()))) {
        return false;
      }
    }
    return false;
  }

  /** "evacuated to X (Y) Medical Center": the place names the hospital the wounded were taken to. */
  private boolean namesCare(List<Token> tokens, int at) {
    if (at < 1 || !Lexicon.lower(tokens.get(at - 1)).equals("to")) {
      return false;
    }
    int k = named(tokens, at);
    if (k < tokens.size() && tokens.get(k).text().equals("(")) {
      int close = k + 1;
      while (close < tokens.size() && close <= k + 6 && !tokens.get(close).text().equals(")")) {
        close++;
      }
      k = named(tokens, close + 1);
    }
    return k < tokens.size() && lexicon.at(tokens, k, "refuge") != null;
  }

  /** The first token from {@code k} that is not a capitalised word before a refuge word. */
  private int named(List<Token> tokens, int k) {
    while (k < tokens.size() && tokens.get(k).isCapitalised() && lexicon.at(tokens, k, "refuge") == null) {
      k++;
    }
    return k;
  }
}
