package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * The kind of an act of unknown kind told by a definite noun ("The raids hit the market", "Tuesday's strikes killed
 * nine"): the story told that act just before, so it takes the weapon kind of the last attack of the sentences before
 * it (the "air strikes" those raids are). So does "the firing" of no weapon in its own clause ("The firing began at
 * dawn across three sectors"), the fire just told with its weapon ("troops fired mortars and small arms"), unless the
 * last act told was fire of no weapon too. Reads the article's events so far; writes nothing. Stateless.
 */
final class RetoldKind {

  private RetoldKind() {}

  // how many sentences back the act retold may stand
  private static final int REACH = 2;

  /**
   * The weapon kind of the act that the noun at {@code t} of sentence {@code here} retells, or {@code unarmed} where
   * the kind is known, the noun is no definite one or no attack of a weapon kind was told just before. {@code
   * clauseKind} is the kind the mention's own clause names ({@code attack} where none; null when {@code unarmed} is no
   * battle's, which it is only asked of): a bare fire noun of a battle's kind, its clause naming no weapon, retells
   * the fire before it.
   */
  static String of(String unarmed, String clauseKind, List<Token> tokens, int t, int here, ArticleContext ctx) {
    boolean fire = AttackSubtype.ARMED_CLASH.label().equals(unarmed) && AttackSubtype.ATTACK.label().equals(clauseKind)
        && t >= 1 && FIRE.contains(Lexicon.lower(tokens.get(t)));
    if (!AttackSubtype.ATTACK.label().equals(unarmed) && !fire || t < 1 || !tokens.get(t).tag().equals("NOUN")
        || !definite(tokens, t)) {
      return unarmed;
    }
    int[] range = ctx.eventsIn(here - REACH, here);
    for (int i = range[1] - 1; i >= range[0]; i--) {
      Event e = ctx.events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() == EventType.ATTACK && at >= here - REACH && at < here) {
        if (AttackSubtype.namesWeapon(e.subtype())) {
          return e.subtype();
        }
        if (fire) {
          return unarmed; // "Indian posts fired back. The firing went on": fire of no weapon retold
        }
      }
    }
    return unarmed;
  }

  // the bare nouns of fire, which name no weapon of their own
  private static final java.util.Set<String> FIRE = java.util.Set.of("firing", "fire");

  /** Whether the noun at {@code t} has a definite determiner or a day's possessive before it, adjectives between. */
  private static boolean definite(List<Token> tokens, int t) {
    int i = t - 1;
    while (i > 0 && tokens.get(i).tag().equals("ADJ")) {
      i--;
    }
    String w = Lexicon.lower(tokens.get(i));
    return w.equals("the") || w.equals("these") || w.equals("those") || w.equals("'s") && i > 0
        && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
  }
}
