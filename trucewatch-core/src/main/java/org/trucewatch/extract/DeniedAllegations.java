package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;

/**
 * "The ministry considers the allegations of the other side that its units attacked two villages to be
 * disinformation": a denial word that calls untrue an allegation told within its own sentence denies, for the speaker
 * calling it so, the attacks of that sentence the allegation's speaker alleges against a camp not its own (and, where
 * the denier's side is known, against the denier's camp). Reads a sentence's frames and events; writes the events'
 * deniers in {@code ctx}. Stateless.
 */
final class DeniedAllegations {

  private DeniedAllegations() {}

  /**
   * Links denial {@code f}, whose denial word is at token {@code word}, to the attacks its sentence's inner allegation
   * tells; whether it answered any.
   */
  static boolean link(AnnotatedSentence s, Frame f, List<Frame> frames, int word, ArticleContext ctx) {
    int here = s.sentence().index();
    String side = f.speaker() == null ? null : f.speaker().side();
    boolean answered = false;
    for (Frame g : frames) {
      // (the allegation within the denial's words, and the denial word after it: "calls [Y's claim that ...] false")
      if (g == f || g.speaker() == null || g.speaker().side() == null || g.speakerName().equals(f.speakerName())
          || g.verb() <= f.verb() || g.verb() >= f.to() || word < g.to()
          || side != null && ctx.sides.sameCamp(side, g.speaker().side())) {
        continue;
      }
      int[] range = ctx.eventsIn(here, here + 1);
      for (int i = range[0]; i < range[1]; i++) {
        Event e = ctx.events.get(i);
        if (e.type() != EventType.ATTACK || e.evidence().get(0).sentence() != here || e.perpetratorSide() == null
            || ctx.sides.sameCamp(g.speaker().side(), e.perpetratorSide())
            || side != null && !ctx.sides.sameCamp(side, e.perpetratorSide())
            || e.claims().stream().noneMatch(c -> c.stance() == Stance.ALLEGES && c.actor().equals(g.speakerName()))
            || e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES && c.actor().equals(f.speakerName()))) {
          continue;
        }
        DenialLinks.addDenial(e, i, s, f, side, ctx);
        answered = true;
      }
    }
    return answered;
  }
}
