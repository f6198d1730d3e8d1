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
    if (frame.speaker() == null && !frame.denies() && BOTH.matcher(frame.speakerName()).find()
        && !sides.mainParties().isEmpty()) {
      return bothSides(frame, perpSide, inferred, s, sides);
    }
    String side = frame.speaker() == null ? null : frame.speaker().side();
    Stance stance;
    if (frame.denies()) {
      stance = Stance.DENIES;
    } else if (acknowledges(side, perpSide, inferred, sides)) {
      stance = Stance.ACKNOWLEDGES;
    } else {
      stance = Stance.ALLEGES;
    }
    String via = frame.via() == null ? null : frame.via().name();
    return List.of(new Claim(frame.speakerName(), frame.speaker() == null ? null : frame.speaker().id(), side, stance,
        via, Dating.evidence(s), frame.speakerWritten()));
  }

  /**
   * The event with the speaker's claim on it ({@link #of}) before the claims it already holds (a denial read of it
   * stays).
   */
  static Event toldBy(Frame frame, Event e, AnnotatedSentence s, Sides sides) {
    List<Claim> claims = new java.util.ArrayList<>(of(frame, e.perpetrator() == null ? null : e.perpetratorSide(),
        e.perpetratorInferred(), s, sides));
    claims.addAll(e.claims());
    return e.withClaims(claims);
  }

  /** Whether a speaker of {@code side} tells its own camp's act (named, not inferred): an acknowledgement. */
  private static boolean acknowledges(String side, String perpSide, boolean inferred, Sides sides) {
    return !inferred && side != null && perpSide != null && (sides.sameCamp(side, perpSide) || side.equals(perpSide));
  }

  // "officials on both sides", "reports from both sides", "both sides": a speaker standing for each camp
  private static final java.util.regex.Pattern BOTH = java.util.regex.Pattern.compile(
      "(?i)^(\\S+\\s+){0,3}(on|from|of)\\s+both\\s+sides$|^both\\s+sides$");

  /** Whether a claim is one camp's share of a "both sides said" (so no counter-accusation of the other's). */
  static boolean sharedByBoth(Claim c) {
    return c.actorId() == null && c.written() != null && BOTH.matcher(c.written()).find();
  }

  /**
   * One claim per camp, named by its main party with the text's words beside it ({@code Armenia ("defence officials
   * on both sides")}): who said so is both belligerents, and a camp said to have acted acknowledges it.
   */
  private static List<Claim> bothSides(Frame frame, String perpSide, boolean inferred, AnnotatedSentence s,
      Sides sides) {
    List<Claim> out = new java.util.ArrayList<>(2);
    String via = frame.via() == null ? null : frame.via().name();
    for (String party : sides.mainParties()) {
      Stance stance = acknowledges(party, perpSide, inferred, sides) ? Stance.ACKNOWLEDGES : Stance.ALLEGES;
      out.add(new Claim(sides.name(party), null, party, stance, via, Dating.evidence(s), frame.speakerName()));
    }
    return out;
  }

  /**
   * "Pakistan's army rejected as false Indian claims that Indian troops had destroyed a post": a denial whose
   * complement holds the allegation's own frame denies what that allegation tells; its speaker is added as a denier.
   */
  static List<Claim> withEnclosingDenials(List<Claim> claims, List<Frame> frames, Frame inner, AnnotatedSentence s) {
    if (inner == null || inner.denies() || frames == null) {
      return claims;
    }
    List<Claim> out = new java.util.ArrayList<>(claims);
    // (a complement is cut where the next speaker starts: the denial's then ends right where the allegation opens)
    int start = inner.speaker() != null && inner.speaker().from() < inner.verb() ? inner.speaker().from()
        : inner.verb();
    for (Frame g : frames) {
      boolean encloses = g.contains(inner.verb()) || g.verb() < g.from() && g.to() == start;
      if (g == inner || !g.denies() || g.speakerName() == null || !encloses
          || g.speakerName().equals(inner.speakerName())) {
        continue;
      }
      String via = g.via() == null ? null : g.via().name();
      out.add(new Claim(g.speakerName(), g.speaker() == null ? null : g.speaker().id(),
          g.speaker() == null ? null : g.speaker().side(), Stance.DENIES, via, Dating.evidence(s), g.speakerWritten()));
    }
    return out;
  }
}
