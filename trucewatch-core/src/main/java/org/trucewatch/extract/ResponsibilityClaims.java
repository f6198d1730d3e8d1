package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * An armed group claiming an attack in a sentence of its own, often paragraphs after the attack is told ("The group
 * claimed responsibility through its news agency", "X's outlet has claimed the car bombing"): notes each such claim as
 * the article is read ({@link #note}); after assembly the nearest placed attack from inside (a bomb, a raid on
 * civilians, a blow of no named kind) told at or before it with no attacker takes the claiming side ({@link #link}),
 * and where the claim tells of a suicide ("suicide", "blew himself up", "explosive vest") a blow of no named kind or a
 * bomb becomes a suicide bombing. Shelling and strikes are claimed in their own sentences, which role filling reads.
 */
final class ResponsibilityClaims {

  /** A claim: its sentence, the side and name of the claimer, and whether it tells of a suicide. */
  record Claimed(int sentence, String side, String name, boolean suicide) {}

  // the kinds of blows that come from inside the ground held, which a group claims as its own
  private static final Set<String> INSIDE = Set.of("attack", "suicide_bomb", "remote_explosive",
      "attack_on_civilians");
  // how far the act may stand after the verb ("has claimed Thursday's suicide car bombing")
  private static final int ACT_REACH = 6;

  // the lexicon's claiming verbs, the acts claimed after them, and the words of a suicide (claimverb, claimact,
  // selfblast), as written
  private final Lexicon lexicon;
  private final Set<String> claiming;
  private final Set<String> acts;
  private final Set<String> suicideWords;
  private final List<Claimed> claimed = new ArrayList<>();

  ResponsibilityClaims(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.claiming = Set.copyOf(lexicon.phrases("claimverb"));
    this.acts = Set.copyOf(lexicon.phrases("claimact"));
    this.suicideWords = Set.copyOf(lexicon.phrases("selfblast"));
  }

  /** Notes the side that claims an attack in {@code s}, if an armed one does. */
  void note(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    for (int v = 1; v < tokens.size(); v++) {
      if (!claiming.contains(Lexicon.lower(tokens.get(v))) || "NOUN".equals(tokens.get(v).tag()) || negated(tokens, v)
          || !actFollows(tokens, v)) {
        continue;
      }
      ActorSpan by = claimer(s, v);
      if (by != null) {
        claimed.add(new Claimed(s.sentence().index(), by.side(), by.name(), suicide(tokens)));
        return;
      }
    }
  }

  List<Claimed> claimed() {
    return claimed;
  }

  /** The events, the nearest attack from inside with no attacker told at or before each claim taking its side. */
  static List<Event> link(List<Event> events, List<Claimed> claims, Sides sides) {
    List<Event> out = new ArrayList<>(events);
    for (Claimed c : claims) {
      int best = -1;
      for (int i = 0; i < out.size(); i++) {
        Event e = out.get(i);
        int at = e.evidence().get(0).sentence();
        // a placed attack before a placeless one (the claim's own "the bombing" is a mention of it, not another)
        if (e.type() == EventType.ATTACK && e.perpetratorSide() == null && INSIDE.contains(e.subtype())
            && at <= c.sentence() && (best < 0 || rank(e, at) > rank(out.get(best), out.get(best).evidence().get(0)
            .sentence()))) {
          best = i;
        }
      }
      if (best >= 0) {
        String known = sides.name(c.side());
        String name = known == null || known.equals(c.side()) ? c.name() : known; // a group no profile names
        Event e = out.get(best).withPerpetrator(c.side(), name, c.name());
        boolean bomb = e.subtype().equals("attack") || e.subtype().equals("remote_explosive");
        out.set(best, c.suicide() && bomb ? e.withSubtype("suicide_bomb") : e);
      }
    }
    return out;
  }

  /** How near a candidate is: any placed attack before every placeless one, then the later told. */
  private static long rank(Event e, int at) {
    return (e.location() != null ? 1L << 32 : 0L) + at;
  }

  /** The armed actor right before the verb at {@code v} (past auxiliaries and its outlet's name), or null. */
  private static ActorSpan claimer(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    ActorSpan best = null;
    for (ActorSpan a : s.actors()) {
      if (a.to() <= v && v - a.to() <= 4 && Perpetrators.isArmed(a) && (best == null || a.to() > best.to())) {
        best = a;
      }
    }
    if (best == null) {
      return null;
    }
    for (int k = best.to(); k < v; k++) {
      String tag = tokens.get(k).tag();
      if ("VERB".equals(tag) || "PUNCT".equals(tag) && !tokens.get(k).text().equals("'s")
          && !tokens.get(k).text().equals("’s")) {
        return null; // "X, which the army fought, claimed": another clause's subject
      }
    }
    return best;
  }

  private boolean actFollows(List<Token> tokens, int v) {
    for (int k = v + 1; k < Math.min(tokens.size(), v + 1 + ACT_REACH); k++) {
      if (acts.contains(Lexicon.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private boolean suicide(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> suicideWords.contains(Lexicon.lower(t)));
  }

  // "no group has claimed", "did not claim": no claim
  private boolean negated(List<Token> tokens, int v) {
    return Negators.within(lexicon, tokens, v - 3, v);
  }
}
