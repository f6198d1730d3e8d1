package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Of attackers named as a list ("the US, Britain and France struck", "by France, the US and Britain"), the side of
 * the war: where the one read as the attacker is an outsider the conflict does not list, the first of the list's
 * other names that is one of its sides leads the joint blow. Reads the sentence's actor spans and the side register;
 * stateless.
 */
final class JoinedAttackers {

  // what may stand between two names of a list: "US, Britain and France", "the US & Britain"
  private static final Set<String> JOINS = Set.of(",", "and", "&");
  // the host state's words before "and" and an ally's adjective: "government and Russian aircraft struck"
  private static final Set<String> HOST_WORDS = Set.of("government", "regime");
  // an article a listed name may carry: "the US, Britain and France"
  private static final Set<String> ARTICLES = Set.of("the");

  private JoinedAttackers() {}

  /**
   * The list's first member that is a side of the conflict when {@code a} is armed but no side of it, so that an
   * ally named last ("the US, Britain and France strike Syria") does not hide the side that struck; {@code a} itself
   * otherwise, or when no conflict profile is read (every side is then as good as another).
   */
  static ActorSpan belligerent(AnnotatedSentence s, ActorSpan a, Sides sides) {
    if (a == null || a.side() == null || sides.conflict() == null || sides.isBelligerent(a.side())
        || !Perpetrators.isArmed(a)) {
      return a;
    }
    List<ActorSpan> list = members(s, a);
    if (!joinedByAnd(s, list)) {
      return a; // "On Sunday, France struck", "France, the ministry said": commas alone make no list
    }
    for (ActorSpan m : list) {
      if (m != a && Perpetrators.isArmed(m) && sides.isBelligerent(m.side())) {
        return m;
      }
    }
    return a;
  }

  /** The names joined to {@code a} by commas and "and", in the order written, {@code a} among them. */
  static List<ActorSpan> members(AnnotatedSentence s, ActorSpan a) {
    List<ActorSpan> before = new ArrayList<>();
    for (ActorSpan m = a; (m = neighbour(s, m, true)) != null; ) {
      before.add(0, m);
    }
    List<ActorSpan> out = new ArrayList<>(before);
    out.add(a);
    for (ActorSpan m = a; (m = neighbour(s, m, false)) != null; ) {
      out.add(m);
    }
    return out;
  }

  /**
   * "government and Russian aircraft struck", "regime and Iranian forces": the host government named by the bare
   * word before an ally's adjective leads the joint blow, as the first of two allies' adjectives does; the first party
   * of the ally's camp where that is a state (the government the ally fights beside). {@code a} itself otherwise.
   */
  static ActorSpan hostBeforeAlly(AnnotatedSentence s, ActorSpan a, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    if (a == null || !a.demonym() || a.side() == null || a.from() < 2
        || !Lexicon.lower(tokens.get(a.from() - 1)).equals("and")
        || !HOST_WORDS.contains(Lexicon.lower(tokens.get(a.from() - 2)))) {
      return a;
    }
    for (ActorSpan c : s.actors()) {
      if (c.from() <= a.from() - 2 && c.to() >= a.from() - 1) {
        return a; // "the Syrian government and Russian jets": a named actor, which firstJoined reads
      }
    }
    List<String> camp = sides.campMembers(a.side());
    String host = camp.isEmpty() ? null : camp.get(0);
    // (a state's code: two letters; a group leading the camp is no "government")
    if (host == null || host.equals(a.side()) || !host.matches("[A-Z]{2}")) {
      return a;
    }
    return new ActorSpan(a.from() - 2, a.from() - 1, sides.name(host), host, host, host, "MILITARY", false, true,
        true, tokens.get(a.from() - 2).text());
  }

  /** Whether an "and" (or "&") stands between the list's first and last names. */
  private static boolean joinedByAnd(AnnotatedSentence s, List<ActorSpan> list) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = list.get(0).to(); k < list.get(list.size() - 1).from(); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("and") || w.equals("&")) {
        return true;
      }
    }
    return false;
  }

  /** The actor joined to {@code m} right before it (or right after it), across one join word and an article. */
  private static ActorSpan neighbour(AnnotatedSentence s, ActorSpan m, boolean earlier) {
    List<Token> tokens = s.sentence().tokens();
    int k = earlier ? m.from() - 1 : m.to();
    if (earlier && k >= 0 && ARTICLES.contains(Lexicon.lower(tokens.get(k)))) {
      k--;
    }
    if (k < 0 || k >= tokens.size() || !JOINS.contains(Lexicon.lower(tokens.get(k)))) {
      return null;
    }
    int j = earlier ? k : k + 1;
    if (!earlier && j < tokens.size() && ARTICLES.contains(Lexicon.lower(tokens.get(j)))) {
      j++;
    }
    for (ActorSpan c : s.actors()) {
      if (earlier ? c.to() == j : c.from() == j) {
        return c;
      }
    }
    return null;
  }
}
