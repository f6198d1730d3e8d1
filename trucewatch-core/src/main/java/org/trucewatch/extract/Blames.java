package org.trucewatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * attacker takes that side ({@link #link}). The verbs are data ({@code blame-verbs.tsv}).
 */
final class Blames {

  /** A blamed side: the sentence telling it and the first sentence of the paragraph before (its reach). */
  record Told(int sentence, int reach, String side, String name) {}

  private static final Map<String, String> VERBS = load();
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "be");

  private final List<Told> told = new ArrayList<>();
  private final Map<Integer, Integer> paragraphStart = new HashMap<>();

  /** Notes the side {@code s} blames for an attack, if it blames one. */
  void note(AnnotatedSentence s) {
    int paragraph = s.sentence().paragraph();
    paragraphStart.putIfAbsent(paragraph, s.sentence().index());
    ActorSpan a = blamed(s);
    if (a != null) {
      int reach = paragraphStart.getOrDefault(paragraph - 1, paragraphStart.get(paragraph));
      told.add(new Told(s.sentence().index(), reach, a.side(), a.name()));
    }
  }

  List<Told> told() {
    return told;
  }

  /** The armed side a blaming verb of {@code s} lays the attack on, or null. */
  static ActorSpan blamed(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    for (int v = 0; v < tokens.size(); v++) {
      String where = VERBS.get(Lexicon.lower(tokens.get(v)));
      if (where == null || negated(tokens, v)) {
        continue;
      }
      ActorSpan a = switch (where) {
        case "on" -> {
          ActorSpan on = afterWord(s, v, 8, "on");
          yield on != null ? on : startingWithin(s, v + 1, v + 3); // "blamed the rebels (for the attack)"
        }
        case "to" -> afterWord(s, v, 10, "to");
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
      for (int i = 0; i < out.size() && nearest >= 0; i++) {
        Event e = out.get(i);
        final int at = nearest;
        if (e.type() == EventType.ATTACK && e.perpetratorSide() == null
            && e.evidence().stream().anyMatch(ev -> ev.sentence() == at) && !deniedByOther(e, b.side(), sides)) {
          out.set(i, e.withInferredPerpetrator(b.side(), sides.name(b.side())));
        }
      }
    }
    return out;
  }

  private static boolean deniedByOther(Event e, String side, Sides sides) {
    for (Claim c : e.claims()) {
      if (c.stance() == Stance.DENIES && c.side() != null && !sides.sameCamp(c.side(), side)) {
        return true;
      }
    }
    return false;
  }

  // "did not blame", "was blamed": no blame laid on the object, or laid on the subject, not read here
  private static boolean negated(List<Token> tokens, int v) {
    for (int k = Math.max(0, v - 2); k < v; k++) {
      if (NEGATION.contains(Lexicon.lower(tokens.get(k)))) {
        return true;
      }
    }
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

  private static Map<String, String> load() {
    Map<String, String> verbs = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Blames.class.getResourceAsStream("blame-verbs.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          verbs.put(cols[0].trim(), cols[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(verbs);
  }
}
