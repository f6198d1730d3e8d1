package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "Officials blamed the shelling on the rebels": who lays the blame tells the act it blames, so it is a claimant of
 * the attack {@link Blames} links the blame to when no speaker was read for that attack. The blamer is the subject of
 * the lexicon's {@code blame} verb: a dictionary actor, or the noun phrase written there. Stateless.
 */
final class Blamers {

  private Blamers() {}

  /**
   * The claim of the subject of the first active blame verb of {@code s} laying the blame on {@code blamed}, or null
   * when the verb is a passive ("was blamed on"), its subject is not found, or it is the blamed side's own camp.
   */
  static Claim of(AnnotatedSentence s, ActorSpan blamed, Lexicon lexicon, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    for (int v = 0; v < tokens.size(); v++) {
      Lexicon.Entry verb = lexicon.at(tokens, v, "blame");
      if (verb == null) {
        continue;
      }
      if (v > 0 && Blames.PASSIVE.contains(Lexicon.lower(tokens.get(v - 1)))) {
        return null;
      }
      ActorSpan a = Subjects.subjectBefore(s, v);
      if (a != null) {
        boolean own = a.side() != null && blamed.side() != null
            && (a.side().equals(blamed.side()) || sides.sameCamp(a.side(), blamed.side()));
        return own ? null
            : new Claim(a.name(), a.id(), a.side(), Stance.ALLEGES, null, Dating.evidence(s), a.text());
      }
      String written = Subjects.subjectText(s, v);
      return written == null ? null : new Claim(written, null, null, Stance.ALLEGES, null, Dating.evidence(s));
    }
    return null;
  }
}
