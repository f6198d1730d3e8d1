package org.trucewatch.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.trucewatch.extract.CeasefireFinder.Status;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * A breach told as a count ("had broken the truce some 160 times since Friday", "violated it more than 600 times
 * overnight"), for {@link CeasefireFinder}: many attacks summed up into one statement that the truce was violated
 * (GUIDELINES: ceasefire "violated"), so the weapons named beside the count make no attack of it; its day is the
 * span the count covers, a day or a "since" a few days back, never a month's or a year's tally. A breach verb's
 * subject is the breach's perpetrator. Stateless.
 */
final class CountedBreaches {

  private static final int REACH = 6; // words from the breach word to its count ("violated it more than 1,000 times")
  private static final int SINCE_DAYS = 3; // a "since" further back is a running tally, not the day's news

  private CountedBreaches() {}

  /** Whether a breach verb is followed within reach by a number and "times": a count of breaches. */
  static boolean counted(List<Token> tokens, Status st) {
    if (!"VERB".equals(tokens.get(st.from()).tag())) {
      return false;
    }
    for (int k = st.to(); k + 1 < tokens.size() && k <= st.to() + REACH; k++) {
      if (tokens.get(k).text().matches("[;:]")) {
        return false;
      }
      if ("NUM".equals(tokens.get(k).tag()) && Lexicon.lower(tokens.get(k + 1)).equals("times")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a counted breach is a running tally: the sentence spans more than a few days ("about 3,100 times this
   * year", "so far this year").
   */
  static boolean tally(AnnotatedSentence s, Status st) {
    return counted(s.sentence().tokens(), st) && s.times().stream().anyMatch(t -> t.rangeStart() != null
        && t.rangeEnd() != null && ChronoUnit.DAYS.between(t.rangeStart(), t.rangeEnd()) > SINCE_DAYS);
  }

  /**
   * A breach told by its verb with the side that broke the truce as its subject ("army units violated it", "the
   * rebels had broken the truce"): that side is the breach's perpetrator (GUIDELINES: the side alleged to have acted).
   */
  static Event byBreacher(AnnotatedSentence s, Status st, Sides sides, Event e) {
    List<Token> tokens = s.sentence().tokens();
    if (!"violated".equals(st.value()) || !"VERB".equals(tokens.get(st.from()).tag()) || e.perpetratorSide() != null) {
      return e;
    }
    for (ActorSpan a : s.actors()) {
      boolean subject = a.to() <= st.from() && a.side() != null && !a.possessive() && !a.modifier();
      for (int k = a.to(); subject && k < st.from(); k++) { // only "had", "have repeatedly" between
        subject = "AUX".equals(tokens.get(k).tag()) || "ADV".equals(tokens.get(k).tag());
      }
      if (subject) {
        return e.withPerpetrator(a.side(), sides.name(a.side()), a.name());
      }
    }
    return e;
  }

  /**
   * The "since" span right after a counted breach ("284 times since Sunday") that began a day to a few days before
   * the story's day, or null.
   */
  static TimeSpan since(AnnotatedSentence s, Status st, LocalDate anchor) {
    for (TimeSpan t : s.times()) {
      if (t.since() && t.date() != null && anchor != null && t.from() > st.to() && t.from() - st.to() <= REACH + 4
          && !t.date().isAfter(anchor) && ChronoUnit.DAYS.between(t.date(), anchor) <= SINCE_DAYS) {
        return t;
      }
    }
    return null;
  }
}
