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

  ArticleContext(String article, LocalDate anchor, String anchorBasis,
      Function<String, Optional<Location>> countries, Sides sides) {
    this.article = article;
    this.sides = sides;
    this.anchor = anchor;
    this.anchorBasis = anchorBasis;
    this.countries = countries;
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
