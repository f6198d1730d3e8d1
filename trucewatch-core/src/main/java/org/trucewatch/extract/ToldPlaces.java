package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;

/**
 * "Two died in A and one in B, the governor said. ... In B, a village near the river, a man was killed.": an attack
 * told without a speaker at a place that one speaker's words listed elsewhere in the article is part of that
 * speaker's account, as a reader takes it; the claim's evidence is the speaker's sentence. A place two speakers told
 * is nobody's. The places told are kept in the article's {@link ArticleContext}.
 */
final class ToldPlaces {

  /** Who told a place, with the sentence; a place told by two speakers maps to {@link #SEVERAL}. */
  record Telling(Frame frame, AnnotatedSentence sentence) {}

  private static final Telling SEVERAL = new Telling(null, null);

  private ToldPlaces() {}

  /** Notes the places inside each speaker's words in a sentence. */
  static void note(AnnotatedSentence s, List<Frame> frames, Map<String, Telling> told) {
    for (Frame f : frames) {
      if (f.speakerName() == null || f.denies() || f.kind().equals("accuses") || f.namesInPassing()) {
        continue;
      }
      for (PlaceSpan p : s.places()) {
        if (p.inName() || !f.contains(p.from()) || p.location() == null || p.location().name() == null) {
          continue;
        }
        Telling t = told.get(p.location().name());
        if (t != SEVERAL) {
          told.put(p.location().name(), t == null || t.frame().speakerName().equals(f.speakerName())
              ? new Telling(f, s) : SEVERAL);
        }
      }
    }
  }

  /** The events, each unclaimed attack at a place one speaker told given that speaker's claim. */
  static List<Event> lend(List<Event> events, Map<String, Telling> told, Sides sides) {
    if (told.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Telling t = e.type() != EventType.ATTACK || e.location() == null ? null : told.get(e.location().name());
      if (t == null || t == SEVERAL || e.alleged()) {
        out.add(e);
        continue;
      }
      out.add(Claims.toldBy(t.frame(), e, t.sentence(), sides));
    }
    return out;
  }

  static Map<String, Telling> newMap() {
    return new HashMap<>();
  }
}
