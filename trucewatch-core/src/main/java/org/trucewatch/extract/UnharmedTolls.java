package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.nlp.Sentence;

/**
 * "A rocket hit a house in the town on Sunday; no one was hurt.", "It was intercepted and there were no casualties.":
 * a toll of none is the attack's toll too. Reads the story's sentences with the lexicon's {@code unharmed} phrases;
 * writes zero into the halves the phrase names (both, the dead, the wounded) of the placed attacks told in its
 * sentence, or else in the nearest of the three sentences before that tells one, where the attack has no figure of
 * that half yet. Stateless.
 */
final class UnharmedTolls {

  /** How many sentences back a toll of none still tells on an attack (the detail of its scene between). */
  private static final int LOOK_BACK = 3;

  private final Lexicon lexicon;

  UnharmedTolls(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> zeroed(List<Event> events, List<Sentence> sentences) {
    List<Event> out = new ArrayList<>(events);
    for (Sentence s : sentences) {
      List<Lexicon.Match> none = lexicon.find(s.tokens(), "unharmed");
      if (none.isEmpty()) {
        continue;
      }
      boolean dead = none.stream().anyMatch(m -> !m.value().equals("wounded"));
      boolean hurt = none.stream().anyMatch(m -> !m.value().equals("killed"));
      // the attacks of its own sentence, or else of the nearest sentence before it that tells one ("Three bullets
      // struck a house in X. Six people live there. No one was hurt.")
      List<Integer> told = toldIn(out, s.index());
      for (int back = 1; told.isEmpty() && back <= LOOK_BACK; back++) {
        told = toldIn(out, s.index() - back);
      }
      for (int i : told) {
        Event a = out.get(i);
        Casualties filled = Casualties.gapsFilled(a.casualties(), dead ? 0 : null, hurt ? 0 : null);
        if (filled != a.casualties()) {
          // (the sentence of none joins the attack's evidence: the zero is read there)
          out.set(i, a.withTollTold(filled, List.of(new Evidence(s.index(), s.start(), s.end(), s.text()))));
        }
      }
    }
    return out;
  }

  private static List<Integer> toldIn(List<Event> events, int sentence) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      // a placed attack: an unplaced one ("a shell struck the roof") is a detail of a placed one's scene
      if (e.type() == EventType.ATTACK && e.location() != null
          && e.evidence().stream().anyMatch(v -> v.sentence() == sentence)) {
        at.add(i);
      }
    }
    return at;
  }
}
