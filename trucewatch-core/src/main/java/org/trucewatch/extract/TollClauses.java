package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Whether a place stands in a running toll told beside the day's attack: "..., the fourth soldier to die in shelling
 * in X and Y this month", "the 12th farmer to be killed near X since spring". Such a clause counts earlier victims, so
 * its places are where those fell, not a place of the day's attack. Reads the lexicon's {@code tollrank} (the ordinal:
 * "fourth", "latest") and {@code tollfate} ("die", "be killed") words, or a written ordinal ("12th"); stateless and
 * thread-safe.
 */
final class TollClauses {

  /** The most words between the ordinal and "to": "the sixth [Indian army] soldier to die". */
  private static final int NOUN_WORDS = 4;
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

  private boolean rank(List<Token> tokens, int k) {
    return lexicon.at(tokens, k, "tollrank") != null || ORDINAL.matcher(Lexicon.lower(tokens.get(k))).matches();
  }
}
