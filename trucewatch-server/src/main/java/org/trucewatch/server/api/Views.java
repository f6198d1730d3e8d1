package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.extract.Claim;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Violations;
import org.trucewatch.report.EventJson;
import org.trucewatch.report.IncidentJson;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/** The API's JSON shapes of the stored records (besides the shared {@code EventJson} and {@code IncidentJson}). */
public final class Views {

  private Views() {}

  /** An article without its body, for lists. */
  public static ObjectNode articleSummary(ObjectMapper m, StoredArticle sa) {
    Article a = sa.article();
    ObjectNode o = m.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("outlet", a.outlet());
    o.put("url", a.url());
    o.put("published", a.published() == null ? null : a.published().value());
    o.put("published_inferred", a.published() != null && a.published().inferred());
    o.put("language", a.language());
    o.put("cluster", sa.cluster());
    o.put("ingested_at", sa.ingestedAt());
    return o;
  }

  /** An article with body, paragraphs and events. */
  public static ObjectNode article(ObjectMapper m, StoredArticle sa, List<StoredEvent> events) {
    Article a = sa.article();
    ObjectNode o = articleSummary(m, sa);
    o.put("byline", a.byline());
    o.put("dateline", a.dateline());
    o.put("source", shownSource(a.sourceFile()));
    o.put("sha256", a.sha256());
    o.put("body", a.body());
    ArrayNode ps = o.putArray("paragraphs");
    for (Paragraph p : a.paragraphs()) {
      ObjectNode po = ps.addObject();
      po.put("start", p.start());
      po.put("end", p.end());
      po.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode es = o.putArray("events");
    events.forEach(e -> es.add(provenance(event(m, e), sa)));
    return o;
  }

  /**
   * The input an article was read from, as the API may show it: a relative path as the user gave it, but only the
   * file name of an absolute path or of one that climbs out with {@code ..}, so that no server path leaves the server.
   */
  static String shownSource(String source) {
    if (source == null) {
      return null;
    }
    String s = source.replace('\\', '/');
    boolean absolute = s.startsWith("/") || s.startsWith("~") || s.matches("^[A-Za-z]:/.*");
    if (!absolute && !s.equals("..") && !s.startsWith("../") && !s.contains("/../")) {
      return s;
    }
    String trimmed = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** The store as the API shows it: a SQLite file by its name only, a server database as its location says. */
  static String shownStore(String location) {
    if (location != null && location.startsWith("sqlite:")) {
      return "sqlite:" + shownSource(location.substring("sqlite:".length()));
    }
    return location;
  }

  /** An event with its stored id and cluster, then the extract contract's fields. */
  public static ObjectNode event(ObjectMapper m, StoredEvent e) {
    ObjectNode o = m.createObjectNode();
    o.put("id", e.id());
    o.put("cluster", e.cluster());
    o.setAll(EventJson.toJson(m, e.event()));
    return o;
  }

  /**
   * Where a mention was read, for a person to check it: the article's outlet, URL and publication date (and whether
   * that date was taken from another copy of the story). {@code date_basis} (how the event's date was found:
   * explicit, paragraph, publication, cluster, register, estimated) is the event's own field.
   */
  public static ObjectNode provenance(ObjectNode o, StoredArticle sa) {
    Article a = sa == null ? null : sa.article();
    o.put("outlet", a == null ? null : a.outlet());
    o.put("url", a == null ? null : a.url());
    o.put("published", a == null || a.published() == null ? null : a.published().value());
    o.put("published_inferred", a != null && a.published() != null && a.published().inferred());
    return o;
  }

  /** Another article carrying the same story (a copy in the same cluster): its id, title, outlet, URL and date. */
  public static ObjectNode copy(ObjectMapper m, String articleId, StoredArticle sa) {
    ObjectNode o = m.createObjectNode();
    o.put("article", articleId);
    o.put("title", sa == null ? null : sa.article().title());
    return provenance(o, sa);
  }

  /** One claim with the event it is about. */
  public static ObjectNode claim(ObjectMapper m, Claim c, StoredEvent e, String incidentId) {
    ObjectNode o = m.createObjectNode();
    o.put("actor", c.actor());
    o.put("actor_id", c.actorId());
    o.put("side", c.side());
    o.put("stance", c.stance().name().toLowerCase(Locale.ROOT));
    o.put("via", c.via());
    o.put("written", c.written());
    o.put("event", e.id());
    o.put("incident", incidentId);
    o.put("article", e.event().article());
    o.put("type", e.event().type().label());
    o.put("subtype", e.event().subtype());
    o.put("date", e.event().isoDate());
    o.put("date_basis", e.event().dateBasisName());
    o.put("place", e.event().location() == null ? null : e.event().location().name());
    o.put("perpetrator", e.event().perpetrator());
    ObjectNode ev = o.putObject("evidence");
    ev.put("sentence", c.evidence().text());
    ev.put("sentence_index", c.evidence().sentence());
    ev.put("start", c.evidence().start());
    ev.put("end", c.evidence().end());
    return o;
  }

  /** An incident as {@code IncidentJson} writes it. */
  public static ObjectNode incident(ObjectMapper m, Incident i) {
    return IncidentJson.toJson(m, i);
  }

  /** A truce of the register, with its alleged violations per party and per day. */
  public static ObjectNode ceasefire(ObjectMapper m, Ceasefire c, Violations.Tally tally) {
    return org.trucewatch.report.CeasefireJson.toJson(m, c, tally);
  }

  public static ObjectNode fieldReport(ObjectMapper m, FieldReport r) {
    ObjectNode o = m.createObjectNode();
    o.put("id", r.id());
    o.put("observer", r.observer());
    o.put("time", r.time());
    if (r.location() == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("name", r.location().name());
      l.put("lat", r.location().lat());
      l.put("lon", r.location().lon());
      l.put("country", r.location().country());
      l.put("admin1", r.location().admin1());
    }
    o.put("kind", r.kind());
    o.put("direction", r.direction());
    o.put("perpetrator", r.perpetrator());
    o.put("text", r.text());
    return o;
  }

  /** A page of a list: the items and where the next page starts (null on the last page). */
  public static ObjectNode page(ObjectMapper m, ArrayNode items, int offset, int limit, boolean more) {
    ObjectNode o = m.createObjectNode();
    o.put("offset", offset);
    o.put("limit", limit);
    o.put("count", items.size());
    if (more) {
      o.put("next_offset", offset + items.size());
    } else {
      o.putNull("next_offset");
    }
    o.set("items", items);
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
