package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Stance;
import org.trucewatch.store.StoredEvent;

/**
 * Casualty figures as points of a series per claimant: who gave the figure (the speaker who alleged or acknowledged
 * it; "unattributed" when the article did not say), on which day, and what it was. Stateless.
 */
public final class CasualtySeries {

  /** One figure as one claimant gave it. */
  public record Point(String claimant, String side, String date, Integer killed, Integer wounded, String victims,
      String qualifier, String since, String eventId, String article, String sentence) {}

  private CasualtySeries() {}

  /** The reports of one conflict, or all of them when {@code conflict} is null. */
  public static List<StoredEvent> of(List<StoredEvent> reports, String conflict) {
    return conflict == null ? reports : reports.stream().filter(e -> conflict.equals(e.event().conflict())).toList();
  }

  /** The dated figures of {@code reports}, by claimant then date. */
  public static List<Point> points(List<StoredEvent> reports) {
    List<Point> out = new ArrayList<>();
    for (StoredEvent se : reports) {
      var e = se.event();
      Casualties c = e.casualties();
      if (c == null || c.isEmpty() || e.date() == null) {
        continue;
      }
      Claim by = e.claims().stream().filter(x -> x.stance() != Stance.DENIES).findFirst().orElse(null);
      out.add(new Point(by == null ? "unattributed" : by.actor(), by == null ? null : by.side(), e.date().toString(),
          c.killed(), c.wounded(), c.victims(), c.qualifier(), c.since(), se.id(), e.article(),
          e.evidence().isEmpty() ? null : e.evidence().get(0).text()));
    }
    out.sort(Comparator.comparing(Point::claimant).thenComparing(Point::date).thenComparing(Point::eventId));
    return out;
  }

  static ObjectNode json(ObjectMapper m, Point p) {
    ObjectNode o = m.createObjectNode();
    o.put("date", p.date());
    o.put("killed", p.killed());
    o.put("wounded", p.wounded());
    o.put("victims", p.victims());
    o.put("qualifier", p.qualifier());
    o.put("since", p.since());
    o.put("event", p.eventId());
    o.put("article", p.article());
    o.put("sentence", p.sentence());
    return o;
  }
}
