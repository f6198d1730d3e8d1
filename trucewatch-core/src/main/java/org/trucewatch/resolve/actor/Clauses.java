package org.trucewatch.resolve.actor;

import java.util.List;
import org.trucewatch.nlp.Token;
import org.trucewatch.resolve.actor.MentionParser.Found;

/** Clause-level tests coreference needs: which mentions are subjects, which "it" is an actor. Stateless. */
final class Clauses {

  private Clauses() {}

  /**
   * Whether each mention is its clause's subject: a verb follows it, or it opens the sentence before any verb and a
   * comma follows ("Azerbaijan's Defense Ministry, in turn, alleged"); never the object of a preposition. Mentions
   * joined by "and"/"or" share the answer ("Armenia and Azerbaijan reached", "talks between X and Y").
   */
  static boolean[] subjects(List<Found> all, List<Token> t) {
    boolean[] out = new boolean[all.size()];
    int i = 0;
    while (i < all.size()) {
      int j = i;
      while (j + 1 < all.size() && joined(all.get(j).mention(), all.get(j + 1).mention(), t)) {
        j++;
      }
      boolean subject = subject(all.get(i).mention().tokenStart(), all.get(j).mention().tokenEnd(), i == 0, t);
      for (int k = i; k <= j; k++) {
        out[k] = subject;
      }
      i = j + 1;
    }
    return out;
  }

  static boolean joined(ActorMention a, ActorMention b, List<Token> t) {
    return b.tokenStart() == a.tokenEnd() + 1 && Words.is(t.get(a.tokenEnd()), "and", "or");
  }

  private static boolean subject(int start, int end, boolean first, List<Token> t) {
    if (end < t.size() && Words.isPossessive(t.get(end))) {
      return false;
    }
    int b = start - 1;
    if (b >= 0 && ("ADP".equals(t.get(b).tag()) || Words.is(t.get(b), "between", "by", "with", "of", "for"))) {
      return false; // the object of a preposition
    }
    if (end < t.size() && Words.isVerb(t.get(end))) {
      return true;
    }
    if (!first || end >= t.size() || !t.get(end).text().equals(",")) {
      return false;
    }
    for (int i = 0; i < start; i++) {
      if (Words.isVerb(t.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** "It said", "it had hit": an actor. "It was difficult", "it took minutes": not one. */
  static boolean itIsAnActor(List<Token> t, int i) {
    int k = i + 1;
    while (k < t.size() && (Words.is(t.get(k), "had", "has", "have", "would", "will", "could", "did", "does",
        "also", "not", "n't", "then", "later", "already", "earlier", "reportedly") || "ADV".equals(t.get(k).tag()))) {
      k++;
    }
    if (k >= t.size()) {
      return false;
    }
    Token v = t.get(k);
    boolean verb = v.tag() != null ? v.tag().equals("VERB") : Words.isVerb(v) && !Words.is(v, "is", "was");
    return verb && !Words.is(v, "took", "takes", "take", "seems", "seemed", "appears", "appeared", "remains",
        "remained", "happened", "means", "meant", "matters", "looks", "looked", "turned", "became", "becomes",
        "emerged", "follows", "followed", "comes", "came", "goes", "went");
  }
}
