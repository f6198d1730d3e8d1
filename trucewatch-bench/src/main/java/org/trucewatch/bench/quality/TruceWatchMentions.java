package org.trucewatch.bench.quality;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.trucewatch.clean.Article;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.geo.PlaceMention;
import org.trucewatch.resolve.time.TemporalAnchor;
import org.trucewatch.resolve.time.TemporalTagger;
import org.trucewatch.resolve.time.TimeMention;

/**
 * TruceWatch's side of {@link GoldRecall}: the place names its gazetteer marks in an article (as written and as
 * resolved; parts of larger names left out) and the days its temporal tagger resolves, paragraph by paragraph against
 * the article's anchor date, as extraction reads them. Immutable and thread-safe.
 */
public final class TruceWatchMentions {

  private final Gazetteer gazetteer;
  private final TemporalTagger times;

  public TruceWatchMentions(Gazetteer gazetteer, TemporalTagger times) {
    this.gazetteer = gazetteer;
    this.times = times;
  }

  public GoldRecall.Found find(Article article, LocalDate anchor) {
    Set<String> places = new HashSet<>();
    Set<String> days = new HashSet<>();
    int placeMentions = 0;
    int dateMentions = 0;
    TemporalAnchor at = anchor == null ? null : TemporalAnchor.of(anchor);
    for (int p = 0; p < article.paragraphs().size(); p++) {
      String text = article.paragraphText(p);
      for (PlaceMention m : gazetteer.find(text)) {
        if (m.role() != PlaceMention.Role.NAME_PART) {
          placeMentions++;
          places.add(GoldRecall.fold(m.surface()));
          places.add(GoldRecall.fold(m.place().name()));
        }
      }
      for (TimeMention m : times.tag(text, at)) {
        if (m.type() == TimeMention.Type.DATE || m.type() == TimeMention.Type.TIME) {
          dateMentions++;
          if (m.date() != null) {
            days.add(m.date().toString());
          }
        }
      }
    }
    return new GoldRecall.Found(places, days, placeMentions, dateMentions);
  }
}
