package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.trucewatch.extract.Spans.TimeSpan;

/**
 * What the extractor remembers while it reads one article, sentence by sentence: the date relative expressions are
 * resolved against, the last date each paragraph mentioned, the events found so far (for "the shelling" or "the
 * accusations" in a later sentence). Mutable; one per article, used by one thread.
 */
final class ArticleContext {

  final String article;
  final LocalDate anchor;
  final String anchorBasis;
  final Function<String, Optional<Location>> countries;
  /** The belligerents of the article's conflict (none when no profile holds the article). */
  final Sides sides;
  final List<Event> events = new ArrayList<>();
  final List<Event> undated = new ArrayList<>();
  private final Map<Integer, TimeSpan> lastDate = new HashMap<>();
  int lastCeasefireSentence = -10;
  /** The last town or village the article named (what "the city", "the village" refer back to), or null. */
  Location lastTown;
  // Whether the events are in the order of their first evidence sentence; updates keep that sentence first.
  private boolean inOrder = true;

  ArticleContext(String article, LocalDate anchor, String anchorBasis,
      Function<String, Optional<Location>> countries, Sides sides) {
    this.article = article;
    this.sides = sides;
    this.anchor = anchor;
    this.anchorBasis = anchorBasis;
    this.countries = countries;
  }

  /** Adds the events found in a sentence (the extractor's order: by the sentence of their first evidence). */
  void addEvents(List<Event> found) {
    for (Event e : found) {
      int at = e.evidence().get(0).sentence();
      inOrder &= events.isEmpty() || at >= events.get(events.size() - 1).evidence().get(0).sentence();
      events.add(e);
    }
  }

  /**
   * The indexes {@code [from, to)} of {@link #events} that may have their first evidence in sentences
   * {@code [lo, hi)}: found by binary search while the events are in sentence order (so a sentence looks back at a
   * few events, not all of them), else all of them. Callers still test each event.
   */
  int[] eventsIn(int lo, int hi) {
    if (!inOrder) {
      return new int[] {0, events.size()};
    }
    return new int[] {firstAt(lo), firstAt(hi)};
  }

  private int firstAt(int sentence) {
    int a = 0;
    int b = events.size();
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (events.get(mid).evidence().get(0).sentence() < sentence) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  void noteDate(int paragraph, TimeSpan t) {
    if (t.date() != null && !t.since()) {
      lastDate.put(paragraph, t);
    }
  }

  TimeSpan lastDate(int paragraph) {
    return lastDate.get(paragraph);
  }
}
