package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "the initial tally, given at dawn, was two dead", "a previous estimate put the injured at six": a count the story
 * tells as one a later count replaced is no figure of the act beside the count that replaced it.
 * Reads a sentence and its figure's position; the words are the lexicon's {@code tollold} rows (a word of an earlier
 * time, value {@code before}; a noun of a count, value {@code count}). Stateless.
 */
final class EarlierCounts {

  /** How many words before its figure the earlier count's noun may stand ("the first tally, given at noon, was"). */
  private static final int REACH = 12;
  /** How many words the earlier-time word may stand before its noun ("a previous army estimate"). */
  private static final int NEAR = 2;

  private final Lexicon lexicon;

  EarlierCounts(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the figure at {@code figure} is told as a count a later one replaced. */
  boolean told(AnnotatedSentence s, int figure) {
    List<Token> tokens = s.sentence().tokens();
    for (Lexicon.Match m : lexicon.find(tokens, "tollold")) {
      if (!m.value().equals("count") || m.from() >= figure || figure - m.from() > REACH) {
        continue;
      }
      for (int j = Math.max(0, m.from() - NEAR); j < m.from(); j++) {
        Lexicon.Entry before = lexicon.at(tokens, j, "tollold");
        if (before != null && before.value().equals("before")) {
          return true;
        }
      }
    }
    return false;
  }
}
