package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The attacker told by blame in a sentence of its own: "Officials blamed the shelling on the rebels", "The minister
 * attributed the attack to X", "They held X responsible". Notes each such sentence's blamed side as the article is
 * read ({@link #note}); after assembly the nearest attack told before it (in its paragraph or the one before) with no
 * attacker takes that side ({@link #link}). The verbs are data: the lexicon's category {@code blame}, whose value says
 * where the blamed side stands ("on": blamed the shelling on X, else blamed X; "to": attributed the attack to X;
 * "responsible": held X responsible; "at": pointed the finger at X). Who blamed claims such an attack that no speaker
 * claimed ({@link Blamers}).
 */
final class Blames {

  /** Where the blamed side stands after a blaming verb, the values the lexicon's {@code blame} rows may hold. */
  private static final Set<String> PLACES = Set.of("on", "to", "responsible", "at");

  /**
   * A blamed side: the sentence telling it and the first sentence of the paragraph before (its reach), and who laid
   * the blame (a claim, or null).
   */
  record Told(int sentence, int reach, String side, String name, Claim by) {}

  static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "be");

  private final Lexicon lexicon;
  private final Sides sides;
  private final List<Told> told = new ArrayList<>();
  private final Map<Integer, Integer> paragraphStart = new HashMap<>();

  /**
   * Blames read with the {@code blame} verbs of {@code lexicon}.
   *
   * @throws IllegalStateException where the lexicon has no blame verb or one whose value is not on, to, responsible or
   *     at
   */
  Blames(Lexicon lexicon, Sides sides) {
    List<Lexicon.Entry> verbs = lexicon.entries("blame");
    if (verbs.isEmpty()) {
      throw new IllegalStateException("lexicon.tsv: no entries of the category blame");
    }
    for (Lexicon.Entry e : verbs) {
      if (!PLACES.contains(e.value())) {
        throw new IllegalStateException("lexicon.tsv: blame '" + String.join(" ", e.words()) + "': value '"
            + e.value() + "' is not one of " + PLACES);
      }
    }
    this.lexicon = lexicon;
    this.sides = sides;
  }

  /** Notes the side {@code s} blames for an attack, if it blames one. */
  void note(AnnotatedSentence s) {
    int paragraph = s.sentence().paragraph();
    paragraphStart.putIfAbsent(paragraph, s.sentence().index());
    ActorSpan a = blamed(s);
    if (a != null) {
      int reach = paragraphStart.getOrDefault(paragraph - 1, paragraphStart.get(paragraph));
      told.add(new Told(s.sentence().index(), reach, a.side(), a.name(), Blamers.of(s, a, lexicon, sides)));
    }
  }

  List<Told> told() {
    return told;
  }

  /** The armed side a blaming verb of {@code s} lays the attack on, or null. */
  ActorSpan blamed(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    for (int v = 0; v < tokens.size(); v++) {
      Lexicon.Entry verb = lexicon.at(tokens, v, "blame");
      if (verb == null || negated(tokens, v)) {
        continue;
      }
      String where = verb.value();
      if (passive(tokens, v)) {
        // "the attack was blamed on X", "the raids are attributed to X": the side right after "on" or "to"; a
        // passive of another shape ("the rebels were blamed") names who was blamed before the verb
        ActorSpan by = (where.equals("on") || where.equals("to")) && v + 1 < tokens.size()
            && Lexicon.lower(tokens.get(v + 1)).equals(where) ? afterWord(s, v, 2, where) : null;
        if (by != null && Perpetrators.isArmed(by)) {
          return by;
        }
        continue;
      }
      ActorSpan a = switch (where) {
        case "on" -> {
          ActorSpan on = afterWord(s, v, 8, "on");
          yield on != null ? on : startingWithin(s, v + 1, v + 3); // "blamed the rebels (for the attack)"
        }
        case "to" -> afterWord(s, v, 10, "to");
        case "at" -> afterWord(s, v, 8, "at"); // "pointed the finger at X"
        default -> {
          ActorSpan held = startingWithin(s, v + 1, v + 3);
          yield held != null && followedBy(tokens, held.to(), "responsible") ? held : null;
        }
      };
      if (a != null && Perpetrators.isArmed(a)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The events, each attack with no attacker that is the nearest attack told at or before a blame (within its reach)
   * taking the blamed side; not where a side of the other camp denies it (the denier's own blame is a counter-claim).
   */
  static List<Event> link(List<Event> events, List<Told> blames, Sides sides) {
    List<Event> out = new ArrayList<>(events);
    for (Told b : blames) {
      int nearest = -1;
      for (Event e : out) {
        if (e.type() == EventType.ATTACK) {
          for (Evidence ev : e.evidence()) {
            if (ev.sentence() <= b.sentence() && ev.sentence() >= b.reach()) {
              nearest = Math.max(nearest, ev.sentence());
            }
          }
        }
      }
      Event placeless = null;
      for (int i = 0; i < out.size() && nearest >= 0; i++) {
        Event e = out.get(i);
        final int at = nearest;
        if (e.type() == EventType.ATTACK && e.perpetratorSide() == null
            && e.evidence().stream().anyMatch(ev -> ev.sentence() == at) && !deniedByOther(e, b.side(), sides)) {
          out.set(i, e.withInferredPerpetrator(b.side(), sides.name(b.side())));
          placeless = e.location() == null ? e : null;
        }
        if (e.type() == EventType.ATTACK && b.by() != null && out.get(i).claims().isEmpty()
            && e.evidence().stream().anyMatch(ev -> ev.sentence() == at)) {
          out.set(i, out.get(i).withClaims(List.of(b.by()))); // who blamed tells the act (Blamers)
        }
      }
      int told = placeless == null ? -1 : toldBefore(out, placeless);
      if (told >= 0 && !deniedByOther(out.get(told), b.side(), sides)) {
        out.set(told, out.get(told).withInferredPerpetrator(b.side(), sides.name(b.side())));
      }
    }
    return out;
  }

  /**
   * A mention with no place is not logged: the attack it tells on is the latest placed attack of its day told
   * before it ("Shelling struck a market in X on Thursday. ... Rockets landed inside the market."). Its index in
   * {@code events} where that attack names no attacker, else -1.
   */
  private static int toldBefore(List<Event> events, Event placeless) {
    int first = placeless.evidence().get(0).sentence();
    int best = -1;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() == EventType.ATTACK && e.location() != null && at < first && placeless.date() != null
          && placeless.date().equals(e.date()) && (best < 0 || at > events.get(best).evidence().get(0).sentence())) {
        best = i;
      }
    }
    return best >= 0 && events.get(best).perpetratorSide() == null ? best : -1;
  }

  private static boolean deniedByOther(Event e, String side, Sides sides) {
    for (Claim c : e.claims()) {
      if (c.stance() == Stance.DENIES && c.side() != null && !sides.sameCamp(c.side(), side)) {
        return true;
      }
    }
    return false;
  }

  // "did not blame": no blame laid on the object, not read here
  private boolean negated(List<Token> tokens, int v) {
    return Negators.within(lexicon, tokens, v - 2, v);
  }

  /** Whether the blaming verb at {@code v} is a passive ("was blamed"). */
  private static boolean passive(List<Token> tokens, int v) {
    return v > 0 && PASSIVE.contains(Lexicon.lower(tokens.get(v - 1)));
  }

  private static ActorSpan afterWord(AnnotatedSentence s, int v, int span, String word) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = v + 1; k < Math.min(tokens.size(), v + span); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(word)) {
        return startingWithin(s, k + 1, k + 3);
      }
    }
    return null;
  }

  private static ActorSpan startingWithin(AnnotatedSentence s, int from, int to) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.from() <= to) {
        return a;
      }
    }
    return null;
  }

  private static boolean followedBy(List<Token> tokens, int at, String word) {
    for (int k = at; k < Math.min(tokens.size(), at + 3); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
