package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * The words of a sentence where a place is named but not hit: a weapon's name ("a new drone it called X", "missiles
 * dubbed X"), which a side often takes from a city. The naming verbs are the lexicon's {@code unhit} rows (value
 * naming); a weapon is an {@code attack} row flagged weapon. (A place where sirens sounded is often the gold's target
 * when the story names no other, so warnings are left alone.)
 */
final class UnhitPlaces {

  // how many words may stand between a weapon and its naming verb ("a drone it named", "the missile, dubbed")
  private static final int NAME_GAP = 3;

  private final Lexicon lexicon;

  UnhitPlaces(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The spans {@code [from, to)} whose places are no target. */
  List<int[]> spans(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Lexicon.Entry e = lexicon.at(tokens, k, "unhit");
      int after = e == null ? -1 : k + e.words().length;
      if (e != null && e.value().equals("naming") && weaponBefore(tokens, k) && after < tokens.size()) {
        out.add(new int[] {after, nameEnd(tokens, after)});
      }
    }
    return out;
  }

  /** A weapon noun at most {@link #NAME_GAP} words before the naming verb at {@code k}. */
  private boolean weaponBefore(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(0, k - NAME_GAP); j--) {
      Lexicon.Entry w = lexicon.at(tokens, j, "attack");
      if (w != null && w.has("weapon")) {
        return true;
      }
    }
    return false;
  }

  /** The end of the proper name right after a naming verb ("Yafa", "Storm Shadow"). */
  private static int nameEnd(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && "PROPN".equals(tokens.get(j).tag())) {
      j++;
    }
    return Math.max(j, from + 1);
  }
}
