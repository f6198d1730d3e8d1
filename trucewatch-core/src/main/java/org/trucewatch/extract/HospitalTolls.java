package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * "23 people were taken to hospital", "nine were rushed to the town's hospital": victims counted as brought in for care
 * are the wounded, though no word of harm names them. The verbs of bringing are the lexicon's {@code tollcare} rows
 * (value "to": a place of care, {@code refuge} "care", must follow; "-": the verb says it alone, "hospitalised").
 */
final class HospitalTolls {

  // what may stand between the victims and the verb: "had been taken", "were later taken", "were all rushed"
  private static final Set<String> AUX = Set.of("was", "were", "had", "have", "has", "been", "being", "are", "is",
      "later", "then", "all", "also", "reportedly", "subsequently");

  private final Lexicon lexicon;

  HospitalTolls(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The index of the verb of bringing to care after the victims ending before {@code at}, or -1. */
  int takenAt(List<Token> tokens, int at) {
    int j = at;
    boolean aux = false;
    while (j < tokens.size() && AUX.contains(Lexicon.lower(tokens.get(j)))) {
      aux = true;
      j++;
    }
    Lexicon.Entry verb = aux && j < tokens.size() ? lexicon.at(tokens, j, "tollcare") : null;
    if (verb == null) {
      return -1; // a passive only: "doctors took 23 people to hospital" counts no victims of this figure
    }
    if (verb.value().equals("-")) {
      return j;
    }
    int after = j + verb.words().length;
    for (int k = after; k < Math.min(tokens.size(), after + 4); k++) {
      Lexicon.Entry place = lexicon.at(tokens, k, "refuge");
      if (place != null && place.value().equals("care")) {
        return j;
      }
      if (CasualtyNumbers.isBreak(tokens.get(k)) || tokens.get(k).text().equals(",")) {
        return -1;
      }
    }
    return -1;
  }
}
