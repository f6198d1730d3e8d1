package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Asides between a speaker's name and its verb that {@link Subjects} steps past: a relayed source set off by commas
 * ("X, citing local sources, said"), a plea for anonymity with its reason ("X, speaking on condition of anonymity
 * because they were not authorised to brief the media, told"), and a restrictive "who" clause with no commas ("a doctor
 * who asked not to be named said"). Reads a tagged sentence's tokens; stateless.
 */
final class SpeakerAsides {

  private SpeakerAsides() {}

  // the participles that open a relayed source's aside ("citing", "quoting")
  private static final Set<String> RELAYING = Set.of("citing", "quoting");
  // the words that open a reason inside an aside: its verbs are the reason's, not the speaker's
  private static final Set<String> REASONS = Set.of("because", "as", "since");

  /**
   * Where the comma opening ", citing Y," right before the verb at {@code v} stands (an adverb between the aside and
   * the verb is the verb's), or -1: the speaker's name ends there.
   */
  static int citingAside(List<Token> tokens, int v) {
    while (v > 3 && "ADV".equals(tokens.get(v - 1).tag())) {
      v--;
    }
    if (v < 4 || !tokens.get(v - 1).text().equals(",")) {
      return -1;
    }
    for (int k = v - 2; k >= Math.max(1, v - 14); k--) {
      if (FrameTokens.isPunct(tokens.get(k).text(), ",;:\"“”")) {
        return tokens.get(k).text().equals(",") && k + 2 < v - 1
            && RELAYING.contains(Lexicon.lower(tokens.get(k + 1))) ? k : -1;
      }
    }
    return -1;
  }

  /** The source named in the aside opened by the comma at {@code comma} and closed right before {@code v}, or null. */
  static String citedSource(Spans.AnnotatedSentence s, int comma, int v) {
    List<Token> tokens = s.sentence().tokens();
    int end = comma + 2;
    while (end < v && !tokens.get(end).text().equals(",")) {
      end++;
    }
    return Subjects.npLike(tokens, comma + 2, end) ? s.sentence().span(comma + 2, end).strip() : null;
  }

  /**
   * "speaking on condition of anonymity because they were not authorised to brief the media": a participle's aside
   * whose only verbs stand in its reason; whether {@code [from, to)} is one.
   */
  static boolean reasonedAside(List<Token> tokens, int from, int to) {
    if (to - from < 4 || to - from > 18 || !"VERB".equals(tokens.get(from).tag())
        || !Lexicon.lower(tokens.get(from)).endsWith("ing") || RELAYING.contains(Lexicon.lower(tokens.get(from)))) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (tokens.get(k).text().equals(",")) {
        return false;
      }
      if (REASONS.contains(Lexicon.lower(tokens.get(k)))) {
        return k - from >= 3;
      }
      if ("VERB".equals(tag) || "AUX".equals(tag)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where "who" stands in "a doctor who asked not to be named said": a short restrictive clause with its own verb,
   * no punctuation, right before the verb at {@code v}; -1 when there is none. The speaker's name ends before it.
   */
  static int whoClause(List<Token> tokens, int v) {
    for (int k = v - 1; k >= Math.max(1, v - 9); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (FrameTokens.isPunct(tokens.get(k).text(), ",;:\"“”()")) {
        return -1;
      }
      if (w.equals("who")) {
        return k + 1 < v - 1 && "VERB".equals(tokens.get(k + 1).tag()) ? k : -1;
      }
    }
    return -1;
  }
}
