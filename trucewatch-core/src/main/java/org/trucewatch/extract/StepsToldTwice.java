package org.trucewatch.extract;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One truce step or one round of talks told twice in an article, once more loosely, joins its first telling
 * (a pass of {@link EventMerges}). A truce step dated only by a week or a month ("since the truce took hold more than
 * five weeks ago", "the ceasefire began in October") is the same step the article dates to a day within a week of that
 * span; talks dated to neighbouring days ("met on Saturday ... the three-way talks on Sunday") are one round told in
 * its parts, dated to both days (which of them the round was held on the article does not settle). Reads and returns event lists; keeps nothing. Stateless.
 */
final class StepsToldTwice {

  static final int VAGUE_REACH = 7; // days around a week's or month's span where a day's step is the same step

  private StepsToldTwice() {}

  /** Both passes, truce steps first. */
  static List<Event> merge(List<Event> events) {
    return talksOnNeighbourDays(vagueTruceStep(events));
  }

  /**
   * A ceasefire step dated by a span joins the step of the same kind dated to a day in or within a week of that span;
   * steps of other kinds (an agreeing in a month beside the start on a day) stay apart, as the corpus gold has them.
   */
  static List<Event> vagueTruceStep(List<Event> events) {
    return EventMerges.joined(events, e -> e.type() == EventType.CEASEFIRE && e.date() != null && e.dateEnd() != null,
        (day, vague) -> day.type() == EventType.CEASEFIRE && day.date() != null && day.dateEnd() == null
            && Objects.equals(day.subtype(), vague.subtype())
            && !day.date().isBefore(vague.date().minusDays(VAGUE_REACH))
            && !day.date().isAfter(vague.dateEnd().plusDays(VAGUE_REACH)), false, Event::mergedWith);
  }

  /** Talks dated to a day join the talks told before them on the day before or after (or on the same day). */
  static List<Event> talksOnNeighbourDays(List<Event> events) {
    return EventMerges.joined(events, e -> e.type() == EventType.TALKS && e.date() != null && e.dateEnd() == null,
        (first, later) -> first.type() == EventType.TALKS && first.date() != null && first.dateEnd() == null
            && Math.abs(ChronoUnit.DAYS.between(first.date(), later.date())) <= 1,
        true, (first, later) -> spanning(first.mergedWith(later), later));
  }

  /** The merged round dated from the earlier of its two days to the later. */
  private static Event spanning(Event merged, Event later) {
    if (merged.date().equals(later.date())) {
      return merged;
    }
    boolean after = later.date().isAfter(merged.date());
    return merged.withDays(after ? merged.date() : later.date(), after ? later.date() : merged.date());
  }
}
