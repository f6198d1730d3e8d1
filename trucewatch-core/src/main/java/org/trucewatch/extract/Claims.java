package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;

/** Turns a sentence's attribution into claims on the events found in it. Stateless. */
final class Claims {

  private Claims() {}

  /**
   * The speaker's claim on an event whose alleged perpetrator is {@code perpSide}: a denial for denial verbs; an
   * acknowledgement when the speaker's own camp is said to have acted (and the perpetrator was named, not inferred);
   * else an allegation.
   */
  static List<Claim> of(Frame frame, String perpSide, boolean inferred, AnnotatedSentence s, Sides sides) {
    if (frame == null || frame.speakerName() == null) {
      return List.of();
    }
    String side = frame.speaker() == null ? null : frame.speaker().side();
    Stance stance;
    if (frame.denies()) {
      stance = Stance.DENIES;
    } else if (!inferred && side != null && perpSide != null && sides.sameCamp(side, perpSide)
        || side != null && side.equals(perpSide) && !inferred) {
      stance = Stance.ACKNOWLEDGES;
    } else {
      stance = Stance.ALLEGES;
    }
    String via = frame.via() == null ? null : frame.via().name();
    return List.of(new Claim(frame.speakerName(), frame.speaker() == null ? null : frame.speaker().id(), side, stance,
        via, Dating.evidence(s), frame.speakerWritten()));
  }
}
