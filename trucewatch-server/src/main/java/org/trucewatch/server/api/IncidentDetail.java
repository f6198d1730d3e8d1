package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Incident;
import org.trucewatch.report.IncidentJson;
import org.trucewatch.server.export.AcledRows;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/**
 * One incident with everything behind it: its mentions (the events, with their articles), the claims split into
 * allegations, denials and acknowledgements, and each source article's text with the evidence spans to highlight.
 * Reads the store; thread-safe as the store is.
 */
final class IncidentDetail {

  /** A span of an article's body to highlight: an event's sentence or a claim's. */
  record Mark(int start, int end, String kind, String event) {}

  private final Store store;
  private final ObjectMapper mapper;

  private final AcledRows acled;

  /** @param acled the export's ACLED mapping, so that an event's ACLED type is the one its incident is exported with */
  IncidentDetail(Store store, ObjectMapper mapper, AcledRows acled) {
    this.store = store;
    this.mapper = mapper;
    this.acled = acled;
  }

  ObjectNode of(Incident incident) {
    ObjectNode o = Views.incident(mapper, incident);
    List<StoredEvent> events = store.events(incident.mentions());
    Map<String, StoredArticle> articles = new LinkedHashMap<>();
    for (StoredEvent e : events) {
      articles.computeIfAbsent(e.event().article(), id -> store.article(id).orElse(null));
    }
    ArrayNode mentions = o.putArray("events");
    ArrayNode allegations = mapper.createArrayNode();
    ArrayNode denials = mapper.createArrayNode();
    ArrayNode acknowledgements = mapper.createArrayNode();
    Map<String, List<Mark>> marks = new LinkedHashMap<>();
    // A claim carried by several copies of one wire story (one cluster) is one row naming the other copies.
    Map<List<Object>, ObjectNode> folded = new HashMap<>();
    for (StoredEvent e : events) {
      StoredArticle sa = articles.get(e.event().article());
      ObjectNode mention = Views.event(mapper, e);
      Views.provenance(mention, sa);
      if (e.event().type() == org.trucewatch.extract.EventType.ATTACK && e.event().subtype() != null
          && !AcledRows.eventType(e.event().subtype()).isEmpty()) {
        // one mapping with the export: a state's forces regain territory, a group overtakes it
        mention.put("acled_event_type", AcledRows.eventType(e.event().subtype()) + ": "
            + AcledRows.subEventType(e.event().subtype(), incident.perpetrator() != null && acled.state(incident)));
      }
      mentions.add(mention);
      List<Mark> ms = marks.computeIfAbsent(e.event().article(), k -> new ArrayList<>());
      for (Evidence ev : e.event().evidence()) {
        ms.add(new Mark(ev.start(), ev.end(), "event", e.id()));
      }
      for (Claim c : e.event().claims()) {
        ms.add(new Mark(c.evidence().start(), c.evidence().end(), c.stance() == Stance.DENIES ? "denial" : "claim",
            e.id()));
        String cluster = e.cluster() != null ? e.cluster() : e.event().article();
        List<Object> key = java.util.Arrays.asList(cluster, c.stance(), c.actor(), c.via(),
            c.evidence().text() == null ? null : c.evidence().text().strip().replaceAll("\\s+", " "));
        ObjectNode seen = folded.get(key);
        if (seen != null) {
          String article = e.event().article();
          boolean listed = seen.path("article").asText().equals(article);
          for (var a : seen.withArray("also_in")) {
            listed |= a.path("article").asText().equals(article);
          }
          if (!listed) {
            seen.withArray("also_in").add(Views.copy(mapper, article, sa));
          }
          continue;
        }
        ArrayNode into = c.stance() == Stance.ALLEGES ? allegations
            : c.stance() == Stance.DENIES ? denials : acknowledgements;
        ObjectNode claim = Views.claim(mapper, c, e, incident.id());
        Views.provenance(claim, sa);
        claim.putArray("also_in");
        folded.put(key, claim);
        into.add(claim);
      }
    }
    o.set("allegations", allegations);
    o.set("denials", denials);
    o.set("acknowledgements", acknowledgements);
    ArrayNode sources = o.putArray("sources");
    marks.forEach((articleId, ms) -> {
      StoredArticle a = articles.get(articleId);
      if (a != null) {
        sources.add(source(a, ms));
      }
    });
    return o;
  }

  private ObjectNode source(StoredArticle sa, List<Mark> raw) {
    ObjectNode s = Views.articleSummary(mapper, sa);
    String body = sa.article().body();
    s.put("body", body);
    ArrayNode ms = s.putArray("marks");
    for (Mark m : merge(raw, body.length())) {
      ObjectNode mo = ms.addObject();
      mo.put("start", m.start());
      mo.put("end", m.end());
      mo.put("kind", m.kind());
      mo.put("event", m.event());
    }
    return s;
  }

  /**
   * Non-overlapping spans within the body, in order: one sentence is often evidence for the event and a claim at once,
   * and a page can only mark it once (a denial's kind wins, as the rarer fact).
   */
  static List<Mark> merge(List<Mark> raw, int length) {
    List<Mark> sorted = new ArrayList<>();
    for (Mark m : raw) {
      if (m.start() >= 0 && m.end() <= length && m.start() < m.end()) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
    List<Mark> out = new ArrayList<>();
    for (Mark m : sorted) {
      Mark last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m.start() < last.end()) {
        String kind = last.kind().equals("denial") || m.kind().equals("denial") ? "denial" : last.kind();
        out.set(out.size() - 1, new Mark(last.start(), Math.max(last.end(), m.end()), kind, last.event()));
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
