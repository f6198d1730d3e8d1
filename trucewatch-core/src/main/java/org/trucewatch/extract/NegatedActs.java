package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Whether what a speaker says negates an act of the speaker's own camp: "the army said its forces had not struck the
 * vehicle", "Hamas said it did not fire on the troops", "the ministry said Azerbaijani units never shelled the
 * village". Such a report denies the attacks that camp is accused of. Reads a frame's complement, its tokens, tags,
 * actors and the lexicon's {@code attack} words; writes nothing. Stateless.
 */
final class NegatedActs {

  // "had not been", "did not", "would never have": the auxiliaries between a negation and its verb
  private static final Set<String> AUXILIARIES = Set.of("have", "had", "has", "been", "be", "ever");

  private NegatedActs() {}

  /**
   * Whether the complement of {@code f} holds a negated attack verb ("had not struck", "did not fire") whose clause
   * names no actor outside the speaker's camp before it (so "said the enemy had not stopped shelling" is no denial).
   */
  static boolean ownActDenied(Lexicon lexicon, AnnotatedSentence s, Frame f, Sides sides) {
    if (f.speaker() == null || f.speaker().side() == null) {
      return false;
    }
    String side = f.speaker().side();
    List<Token> tokens = s.sentence().tokens();
    for (int k = f.from(); k < f.to() - 1; k++) {
      if (!Negators.ofVerb(lexicon, tokens, k)) {
        continue;
      }
      int v = k + 1;
      while (v < f.to() - 1 && AUXILIARIES.contains(Lexicon.lower(tokens.get(v)))) {
        v++;
      }
      if (!"VERB".equals(tokens.get(v).tag()) || lexicon.at(tokens, v, "attack") == null) {
        continue;
      }
      return noOtherCampBefore(s, f.from(), k, side, sides);
    }
    return noFireFromOwnSide(lexicon, s, f, sides);
  }

  /**
   * "There was no fire from our side", "no shelling by its units took place": an act said to be none, whose source
   * is the speaker's own ("our", "its") or an actor of its camp.
   */
  private static boolean noFireFromOwnSide(Lexicon lexicon, AnnotatedSentence s, Frame f, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    int end = Math.min(f.to(), tokens.size());
    for (int k = f.from(); k < end - 3; k++) {
      Lexicon.Entry act = Lexicon.lower(tokens.get(k)).equals("no") ? lexicon.at(tokens, k + 1, "attack") : null;
      if (act == null) {
        continue;
      }
      int by = k + 1 + act.words().length;
      if (by + 1 < end && SOURCES.contains(Lexicon.lower(tokens.get(by)))
          && (OWN.contains(Lexicon.lower(tokens.get(by + 1))) || ownActorAt(s, by + 1, f.speaker().side(), sides))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SOURCES = Set.of("from", "by");
  private static final Set<String> OWN = Set.of("our", "its", "their", "ours");

  /** An actor of {@code side}'s camp at token {@code at} (after a "the"). */
  private static boolean ownActorAt(AnnotatedSentence s, int at, String side, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    int from = at < tokens.size() && Lexicon.lower(tokens.get(at)).equals("the") ? at + 1 : at;
    return s.actors().stream().anyMatch(a -> a.from() == from && a.side() != null && sides.sameCamp(a.side(), side));
  }

  /** No actor of another side in {@code [from, to)}: the negated act is the speaker's camp's (or a pronoun's). */
  private static boolean noOtherCampBefore(AnnotatedSentence s, int from, int to, String side, Sides sides) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= to && a.side() != null && !a.side().equals(side)
          && !sides.sameCamp(a.side(), side)) {
        return false;
      }
    }
    return true;
  }
}
