package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;

/**
 * "Security sources said tanks shelled A. Artillery also hit B. The army said suspects had crossed.": a paragraph that
 * names several speakers still reads as each speaker's statement until the next one speaks; an unattributed placed
 * attack or ceasefire in a sentence with no speaker of its own takes the speaker of the nearest sentence before it in the
 * paragraph (the paragraph of one speaker is {@code EventExtractor.carrySpeaker}'s). Stateless.
 */
final class HeadSpeakers {

  private HeadSpeakers() {}

  /**
   * Gives the paragraph's unattributed events from {@code firstEvent} on the nearest earlier speaker of the paragraph.
   *
   * @param speaking each sentence's frames, less those that only call a report untrue
   */
  static void carry(List<AnnotatedSentence> annotated, List<List<Frame>> speaking, ArticleContext ctx,
      int firstEvent) {
    int first = annotated.get(0).sentence().index();
    for (int i = firstEvent; i < ctx.events.size(); i++) {
      Event e = ctx.events.get(i);
      // (a placeless mention with a speaker joins the placed attack before it, toll and all: EventAssembler)
      boolean placedAttack = e.type() == EventType.ATTACK && e.location() != null;
      if (e.alleged() || !placedAttack && e.type() != EventType.CEASEFIRE || e.evidence().isEmpty()) {
        continue;
      }
      int at = e.evidence().get(0).sentence() - first;
      if (at <= 0 || at >= annotated.size() || speaker(speaking.get(at)) != null) {
        continue; // (a sentence with a speaker of its own that left the event bare meant to)
      }
      for (int k = at - 1; k >= 0; k--) {
        Frame f = speaker(speaking.get(k));
        if (f != null) {
          ctx.events.set(i, Claims.toldBy(f, e, annotated.get(k), ctx.sides)); // (a denial of it stays)
          break;
        }
      }
    }
  }

  /** The last frame of a sentence that tells (not denies, accuses or names in passing), or null. */
  private static Frame speaker(List<Frame> frames) {
    Frame out = null;
    for (Frame f : frames) {
      if (f.tells()) {
        out = f;
      }
    }
    return out;
  }
}
