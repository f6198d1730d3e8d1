package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The side that owns the weapon or armed body a verb of attack has for subject, when role filling named none: "an RSF
 * drone had struck the town" (the side's name qualifying the body), "a drone belonging to the militia struck",
 * "fighters loyal to the council attacked" (the side after a word of allegiance). Reads the sentence's tokens and
 * actor spans and the lexicon's {@code armedbody} words; stateless.
 */
final class SubjectOwners {

  // words that tie an armed body to the side it serves ("belonging to", "loyal to", "affiliated with")
  private static final Set<String> ALLEGIANCE = Set.of("belonging", "loyal", "affiliated");
  private static final Set<String> ALLEGIANCE_LINKS = Set.of("to", "with");
  // what may open a clause's subject: its start, a complementiser, a comma, a conjunction of time
  private static final Set<String> SUBJECT_OPENERS = Set.of("that", ",", "when", "as", "after", "while", "before");
  // auxiliaries of a perfect and adverbs that stand between a subject and its verb ("had", "also")
  private static final Set<String> PERFECT = Set.of("had", "has", "have");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  private static final Lexicon WORDS = Lexicon.load();

  private SubjectOwners() {}

  /** The armed side owning the subject of the verb at {@code t} inside {@code clause}, or null. */
  static ActorSpan of(AnnotatedSentence s, int[] clause, int t) {
    List<Token> tokens = s.sentence().tokens();
    int end = t;
    while (end > clause[0] && (PERFECT.contains(Lexicon.lower(tokens.get(end - 1)))
        || "ADV".equals(tokens.get(end - 1).tag()))) {
      end--;
    }
    if (end <= clause[0]) {
      return null;
    }
    // (only past a perfect's auxiliary: a bare "a Houthi drone killed" is read by role filling, or told in passing)
    boolean body = end < t && WORDS.at(tokens, end - 1, "armedbody") != null;
    ActorSpan a = body ? actorEndingAt(s, end - 1) : null;
    if (a != null && opensSubject(tokens, clause, a.from())) {
      return a; // "an RSF drone had struck"
    }
    // "a drone belonging to the RSF struck", "fighters loyal to the council's forces attacked"
    a = actorEndingAt(s, end);
    if (a == null) {
      return null;
    }
    int k = a.from() - 1;
    if (k >= clause[0] && DETERMINERS.contains(Lexicon.lower(tokens.get(k)))) {
      k--;
    }
    if (k - 2 < clause[0] || !ALLEGIANCE_LINKS.contains(Lexicon.lower(tokens.get(k)))
        || !ALLEGIANCE.contains(Lexicon.lower(tokens.get(k - 1))) || WORDS.at(tokens, k - 2, "armedbody") == null) {
      return null;
    }
    return opensSubject(tokens, clause, k - 2) ? a : null;
  }

  /** The armed actor whose span ends right before token {@code to}, or null. */
  private static ActorSpan actorEndingAt(AnnotatedSentence s, int to) {
    for (ActorSpan a : s.actors()) {
      if (a.to() == to && Perpetrators.isArmed(a) && !a.possessive()) {
        return a;
      }
    }
    return null;
  }

  /** Whether the noun phrase starting at {@code from} (past an article) opens the clause's subject. */
  private static boolean opensSubject(List<Token> tokens, int[] clause, int from) {
    int k = from;
    if (k > clause[0] && DETERMINERS.contains(Lexicon.lower(tokens.get(k - 1)))) {
      k--;
    }
    return k == clause[0] || k > 0 && SUBJECT_OPENERS.contains(Lexicon.lower(tokens.get(k - 1)));
  }
}
