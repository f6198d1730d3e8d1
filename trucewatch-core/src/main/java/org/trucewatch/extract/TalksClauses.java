package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * The shape of the clause around a talks word, for {@link SecondaryFinder}: where the clause ends, a phrase set in
 * by commas ("the meeting, proposed by the envoy, ..."), a relative clause's verb ("the movements that signed the
 * deal") and a meeting told as going on ("officials were meeting there"). Reads tokens and their tags only; stateless.
 */
final class TalksClauses {

  /** Words after a talks word that may still tell it was not held, past phrases set in by commas. */
  static final int AFTER_REACH = 30;

  private TalksClauses() {}

  /** The end of the clause from {@code from}: its first comma, semicolon or colon, at most {@code reach} words on. */
  static int end(List<Token> tokens, int from, int reach) {
    return Math.min(TruceCues.clauseEnd(tokens, from), Math.min(tokens.size(), from + reach));
  }

  /**
   * Whether the comma at {@code comma} only closes a phrase set in after the talks word ending at {@code after}: no
   * verb between them but a participle of its agent ("mediated by the group, co-chaired by ..."), so that the talks'
   * own verb is still to come ("..., have made little progress"), unlike "talks ended on Monday, and ...".
   */
  static boolean inserted(List<Token> tokens, int after, int comma) {
    for (int k = after; k < comma; k++) {
      String tag = tokens.get(k).tag();
      boolean agent = k + 1 < comma && Lexicon.lower(tokens.get(k + 1)).equals("by");
      if (("VERB".equals(tag) || "AUX".equals(tag)) && !agent || tokens.get(k).text().equals(";")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a phrase is set in right after the talks word ending at {@code after}: a comma ("the meeting, proposed by
   * the envoy") or a participle of its agent ("talks mediated by the group"); the talks' own verb comes after it. Not
   * "talks in Kuwait on Saturday, saying ...", where the comma ends the talks' clause.
   */
  static boolean setIn(List<Token> tokens, int after) {
    return after < tokens.size() && (tokens.get(after).text().equals(",") || after + 1 < tokens.size()
        && "VERB".equals(tokens.get(after).tag()) && Lexicon.lower(tokens.get(after + 1)).equals("by"));
  }

  /**
   * Whether the verb at {@code at} opens a relative clause ("that", "which" or "who" right before it, past one
   * adverb): "the armed movements that signed the peace agreement" says who they are, not a signing of the day.
   */
  static boolean relative(List<Token> tokens, int at) {
    int k = at - 1;
    if (k >= 0 && "ADV".equals(tokens.get(k).tag())) {
      k--;
    }
    return k >= 0 && Lexicon.lower(tokens.get(k)).matches("that|which|who");
  }

  /** Whether the meeting word at {@code at} is a verb going on ("were meeting", "was meeting"). */
  static boolean progressive(List<Token> tokens, int at) {
    return at > 0 && "VERB".equals(tokens.get(at).tag())
        && Lexicon.lower(tokens.get(at - 1)).matches("was|were|is|are");
  }
}
