package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The days an article's news covers: from its anchor (the day of the story) back through the attacks it tells, each
 * within a fortnight of a later one, as a monitor's round-up spans weeks and a wire story its last days. An attack
 * told weeks before that span ("the army renewed its offensive around the camp on 6 October", three weeks before the
 * story; "the front opened on 8 October") is the story's context, not its news: {@link LogFilters} keeps it with the
 * undated mentions. Reads events; keeps nothing. Stateless.
 */
final class NewsSpan {

  /** Days before the story within which an attack is news whatever the span: three weeks. */
  static final int RECENT_DAYS = 21;

  /** The longest quiet stretch between two attacks of one round-up: a fortnight. */
  static final int GAP_DAYS = 14;

  private NewsSpan() {}

  /** The first day of the span that {@code attacks} (dated, placed) cover, chained back from {@code anchor}. */
  static LocalDate start(List<Event> attacks, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    List<LocalDate> days = attacks.stream().map(NewsSpan::last).sorted(Comparator.reverseOrder()).toList();
    LocalDate start = anchor;
    for (LocalDate day : days) {
      if (day.isBefore(start) && !day.isBefore(start.minusDays(GAP_DAYS))) {
        start = day; // within a fortnight of the span so far: the round-up reaches back to it
      }
    }
    return start;
  }

  /** Whether {@code e} ended more than three weeks before {@code anchor} and before the news span from {@code start}. */
  static boolean before(Event e, LocalDate anchor, LocalDate start) {
    LocalDate last = last(e);
    return anchor != null && start != null && last.isBefore(anchor.minusDays(RECENT_DAYS)) && last.isBefore(start);
  }

  private static LocalDate last(Event e) {
    return e.dateEnd() != null ? e.dateEnd() : e.date();
  }
}
