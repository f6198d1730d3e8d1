package org.trucewatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Stance;
import org.trucewatch.store.StoredEvent;

/**
 * Casualty figures as a reader compares them: copies of one wire story folded into one row that lists every article
 * carrying it (a figure repeated by two copies is still one statement), rows grouped by the claimant's side and
 * ordered by date. Reads stored casualty reports; writes rows. Stateless.
 */
public final class CasualtyRows {

  /**
   * One figure as one claimant gave it.
   *
   * @param side the claimant's side (a profile side name), or null when the claimant belongs to none
   * @param claimant who gave the figure, or null when the source does not say
   * @param articles every article carrying it, the first being the one the evidence is from
   */
  public record Row(String side, String claimant, String date, Casualties figures, List<String> articles,
      Evidence evidence) {}

  private CasualtyRows() {}

  /** Folds copies and orders by side, then claimant, then date. */
  public static List<Row> of(List<StoredEvent> reports) {
    Map<List<Object>, Row> folded = new LinkedHashMap<>();
    for (StoredEvent se : reports) {
      Event e = se.event();
      Claim claim = e.claims().stream().filter(c -> c.stance() == Stance.ALLEGES).findFirst().orElse(null);
      String claimant = claim != null ? claim.actor() : null;
      String side = claim != null ? claim.side() : null;
      Casualties c = e.casualties();
      // Copies of a story share a cluster; two outlets giving the same figure independently stay two rows.
      List<Object> key = java.util.Arrays.asList(se.cluster(), claimant, e.date(), c.killed(), c.wounded(),
          c.victims(), c.since());
      Row seen = folded.get(key);
      if (seen == null) {
        List<String> articles = new ArrayList<>();
        articles.add(e.article());
        folded.put(key, new Row(side, claimant, e.isoDate(), c, articles,
            e.evidence().isEmpty() ? null : e.evidence().get(0)));
      } else if (!seen.articles().contains(e.article())) {
        seen.articles().add(e.article());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : folded.values()) {
      rows.add(new Row(r.side(), r.claimant(), r.date(), r.figures(), List.copyOf(r.articles()), r.evidence()));
    }
    rows.sort(Comparator.comparing((Row r) -> r.side() == null ? "\uffff" : r.side())
        .thenComparing(r -> Objects.requireNonNullElse(r.claimant(), "\uffff"))
        .thenComparing(r -> Objects.requireNonNullElse(r.date(), "")));
    return rows;
  }
}
