package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "The shooting began at dusk. It came from Azerbaijani positions.": a sentence that tells no attack of its own but
 * says where the fire came from (an armed side's positions, guns or troops) names the attacker of the attack told just
 * before it. Reads the sentence's tokens and actor spans and the article's events so far; writes the perpetrator (as
 * named, not inferred) of one event, the last attack of the nearest of the two sentences before, when that attack
 * had none named or only an inferred one.
 */
final class FireOrigins {

  // the verbs of origin: "came from", "originated from"
  private static final Set<String> CAME = Set.of("came", "come", "comes", "coming", "originated");
  // a pronoun subject that stands for the attack just told ("they" may as well be people who came)
  private static final Set<String> PRONOUNS = Set.of("it", "this");
  // how far back the attack told before may be (the sentence before, or the one before that)
  private static final int BACK = 2;
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

  private static final Lexicon WORDS = Lexicon.load();

  private FireOrigins() {}

  /** Links the origin sentence {@code s}, if it is one, to the attack told just before it. */
  static void link(AnnotatedSentence s, ArticleContext ctx) {
    int here = s.sentence().index();
    ActorSpan origin = origin(s);
    if (origin == null || toldIn(ctx, here)) {
      return;
    }
    for (int back = here - 1; back >= here - BACK && back >= 0; back--) {
      int[] range = ctx.eventsIn(back, back + 1);
      int last = -1;
      for (int i = range[0]; i < range[1]; i++) {
        Event e = ctx.events.get(i);
        if (e.type() == EventType.ATTACK && e.evidence().get(0).sentence() == back) {
          last = i;
        }
      }
      if (last < 0) {
        continue;
      }
      Event e = ctx.events.get(last);
      // one antecedent only: the nearest attack, and only when no attacker was named for it
      if (e.perpetratorSide() == null || e.perpetratorInferred()) {
        ctx.events.set(last, e.withPerpetrator(origin.side(), ctx.sides.name(origin.side()), origin.name()));
      }
      return;
    }
  }

  /**
   * The armed side a "came from" of {@code s} names, with a pronoun ("it", "they") or an attack noun ("the fire",
   * "the shots") for its subject; null when the sentence says no such thing.
   */
  static ActorSpan origin(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = 1; k + 2 < tokens.size(); k++) {
      if (!CAME.contains(Lexicon.lower(tokens.get(k))) || !Lexicon.lower(tokens.get(k + 1)).equals("from")) {
        continue;
      }
      int before = k - 1;
      while (before > 0 && "ADV".equals(tokens.get(before).tag())) {
        before--; // "it apparently came from"
      }
      if (!subject(tokens, before)) {
        continue;
      }
      ActorSpan a = armedAfter(s, k + 2);
      // a side's positions, guns or troops ("Azerbaijani positions", "SDF positions"), not a country as a place
      // ("the men who carried out that attack came from northern Syria")
      if (a != null && (a.demonym() || a.modifier())) {
        return a;
      }
    }
    return null;
  }

  /** Whether the word at {@code w} is a pronoun for the attack or the end of an attack noun ("the gunfire"). */
  private static boolean subject(List<Token> tokens, int w) {
    if (PRONOUNS.contains(Lexicon.lower(tokens.get(w)))) {
      return true;
    }
    // the attack noun must end right before the verb and head its subject ("condemnation of the strike came from"
    // is no fire)
    for (int k = w; k >= Math.max(0, w - 2); k--) {
      Lexicon.Entry e = WORDS.at(tokens, k, "attack");
      if (e == null) {
        e = WORDS.at(tokens, k, "actref");
      }
      if (e != null && k + e.words().length == w + 1 && !relative(tokens, k)) {
        return k == 0 || !Lexicon.lower(tokens.get(k - 1)).equals("of")
            && !(k > 1 && Lexicon.lower(tokens.get(k - 2)).equals("of"));
      }
    }
    return false;
  }

  /** Whether a relative pronoun stands in the four words before {@code k}: the noun is inside a relative clause. */
  private static boolean relative(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (RELATIVES.contains(Lexicon.lower(tokens.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** The armed actor starting in the next three words from {@code from}, past only articles and adjectives. */
  private static ActorSpan armedAfter(AnnotatedSentence s, int from) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      for (ActorSpan a : s.actors()) {
        if (a.from() == k) {
          return Perpetrators.isArmed(a) ? a : null;
        }
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("DET") || tag.equals("ADJ"))) {
        return null;
      }
    }
    return null;
  }

  /** Whether an attack event was read from sentence {@code here}: then that sentence names its own attacker. */
  private static boolean toldIn(ArticleContext ctx, int here) {
    int[] range = ctx.eventsIn(here, here + 1);
    for (int i = range[0]; i < range[1]; i++) {
      Event e = ctx.events.get(i);
      if (e.type() == EventType.ATTACK && e.evidence().get(0).sentence() == here) {
        return true;
      }
    }
    return false;
  }
}
