package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Violations;
import org.trucewatch.report.CasualtyRows;
import org.trucewatch.report.SearchRows;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.SearchHit;
import org.trucewatch.store.Stats;
import org.trucewatch.server.export.AcledRows;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/**
 * The reading routes: articles, incidents, claims, ceasefires, casualty figures, field reports, search and stats.
 * Reads the store only; stateless apart from it, and thread-safe as the store is.
 */
public final class ReadRoutes {

  private final Store store;
  private final Profiles profiles;
  private final ObjectMapper mapper;
  private final IncidentDetail detail;

  private final java.util.function.UnaryOperator<IncidentQuery> understood;

  public ReadRoutes(Store store, Profiles profiles, ObjectMapper mapper) {
    this(store, profiles, mapper, q -> q);
  }

  /** Routes whose incident filters pass through {@code understood} (a place's other names, a side id's name). */
  public ReadRoutes(Store store, Profiles profiles, ObjectMapper mapper,
      java.util.function.UnaryOperator<IncidentQuery> understood) {
    this.understood = understood;
    this.store = store;
    this.profiles = profiles;
    this.mapper = mapper;
    this.detail = new IncidentDetail(store, mapper, new AcledRows(0, profiles));
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/api/articles", this::articles),
        new Route("GET", "/api/articles/<id>", this::article),
        new Route("GET", "/api/incidents", this::incidents),
        new Route("GET", "/api/incidents/{id}", this::incident),
        new Route("GET", "/api/claims", this::claims),
        new Route("GET", "/api/ceasefires", this::ceasefires),
        new Route("GET", "/api/ceasefires/{id}", this::ceasefire),
        new Route("GET", "/api/casualties", this::casualties),
        new Route("GET", "/api/field-reports", this::fieldReports),
        new Route("GET", "/api/search", this::search),
        new Route("GET", "/api/stats", this::stats));
  }

  void articles(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - Params.MAX_LIMIT - 1);
    int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_LIMIT);
    List<StoredArticle> rows = store.articles(offset, limit + 1);
    ArrayNode items = mapper.createArrayNode();
    rows.stream().limit(limit).forEach(a -> items.add(Views.articleSummary(mapper, a)));
    Json.send(ctx, mapper, Views.page(mapper, items, offset, limit, rows.size() > limit));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article '" + Params.clip(id)
        + "'"));
    List<StoredEvent> events = store.inTransaction(tx -> tx.eventsOf(id));
    Json.send(ctx, mapper, Views.article(mapper, a, events));
  }

  void incidents(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - Params.MAX_LIMIT - 1);
    int limit = Params.integer(ctx, "limit", 100, 1, Params.MAX_LIMIT);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.range(from, to);
    IncidentQuery q = new IncidentQuery(from == null ? null : from.toString(), to == null ? null : to.toString(),
        Params.text(ctx, "place"), Params.text(ctx, "party"), Params.type(ctx), Params.standing(ctx), offset,
        limit + 1, Params.conflict(ctx, profiles)).withSubtype(Params.subtype(ctx));
    List<Incident> rows = store.incidents(understood.apply(q));
    ArrayNode items = mapper.createArrayNode();
    rows.stream().limit(limit).forEach(i -> items.add(Views.incident(mapper, i)));
    Json.send(ctx, mapper, Views.page(mapper, items, offset, limit, rows.size() > limit));
  }

  void incident(Context ctx) {
    String id = ctx.pathParam("id");
    Incident i = store.incident(id).orElseThrow(() -> ApiException.notFound("no incident '" + Params.clip(id)
        + "'"));
    Json.send(ctx, mapper, detail.of(i));
  }

  /** Every claim about the stored incidents, filtered by stance, speaker, speaker's side and date. */
  void claims(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - Params.MAX_LIMIT - 1);
    int limit = Params.integer(ctx, "limit", 100, 1, Params.MAX_LIMIT);
    Stance stance = stance(Params.text(ctx, "stance"));
    String actor = lower(Params.text(ctx, "actor"));
    String side = Params.text(ctx, "side");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.range(from, to);
    List<Incident> incidents = store.incidents(new IncidentQuery(from == null ? null : from.toString(),
        to == null ? null : to.toString(), null, null, null, null, 0, Integer.MAX_VALUE,
        Params.conflict(ctx, profiles)));
    Map<String, String> incidentOf = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Incident i : incidents) {
      for (String m : i.mentions()) {
        incidentOf.put(m, i.id());
        ids.add(m);
      }
    }
    ArrayNode items = mapper.createArrayNode();
    int seen = 0;
    boolean more = false;
    for (StoredEvent e : store.events(ids)) {
      for (Claim c : e.event().claims()) {
        if ((stance != null && c.stance() != stance) || (side != null && !side.equalsIgnoreCase(
            String.valueOf(c.side()))) || (actor != null && !c.actor().toLowerCase(Locale.ROOT).contains(actor))) {
          continue;
        }
        if (seen++ < offset) {
          continue;
        }
        if (items.size() == limit) {
          more = true;
          break;
        }
        items.add(Views.claim(mapper, c, e, incidentOf.get(e.id())));
      }
    }
    Json.send(ctx, mapper, Views.page(mapper, items, offset, limit, more));
  }

  void ceasefires(Context ctx) {
    String conflict = Params.conflict(ctx, profiles);
    List<Incident> all = store.incidents(IncidentQuery.all().inConflict(conflict));
    ArrayNode items = mapper.createArrayNode();
    for (Ceasefire c : store.ceasefires()) {
      if (conflict != null && !conflict.equals(c.conflict())) {
        continue;
      }
      items.add(Views.ceasefire(mapper, c, Violations.of(c, all)));
    }
    ObjectNode o = mapper.createObjectNode();
    o.set("items", items);
    Json.send(ctx, mapper, o);
  }

  void ceasefire(Context ctx) {
    String id = ctx.pathParam("id");
    Ceasefire c = store.ceasefires().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiException.notFound("no ceasefire '" + Params.clip(id) + "' in the register"));
    Json.send(ctx, mapper, Views.ceasefire(mapper, c, Violations.of(c, store.incidents(IncidentQuery.all()))));
  }

  /**
   * Casualty figures as a series per claimant, grouped by side, oldest first: what each side said, and when. A figure
   * carried by several copies of one wire story is one point that names every article carrying it
   * ({@code articles}, the first being the one its sentence is from; the others again in {@code also_in}).
   */
  void casualties(Context ctx) {
    String claimant = lower(Params.text(ctx, "claimant"));
    String conflict = Params.conflict(ctx, profiles);
    Map<List<String>, ArrayNode> series = new LinkedHashMap<>();
    Map<String, StoredArticle> articles = new HashMap<>();
    for (CasualtyRows.Row r : CasualtyRows.of(CasualtySeries.of(store.casualtyReports(), conflict))) {
      String name = r.claimant() == null ? "unattributed" : r.claimant();
      if (r.date() == null || (claimant != null && !name.toLowerCase(Locale.ROOT).contains(claimant))) {
        continue;
      }
      ObjectNode p = mapper.createObjectNode();
      p.put("date", r.date());
      p.put("killed", r.figures().killed());
      p.put("wounded", r.figures().wounded());
      p.put("victims", r.figures().victims());
      p.put("qualifier", r.figures().qualifier());
      p.put("since", r.figures().since());
      String first = r.articles().get(0);
      p.put("article", first);
      p.put("sentence", r.evidence() == null ? null : r.evidence().text());
      p.put("start", r.evidence() == null ? null : r.evidence().start());
      p.put("end", r.evidence() == null ? null : r.evidence().end());
      Views.provenance(p, articles.computeIfAbsent(first, id -> store.article(id).orElse(null)));
      r.articles().forEach(p.putArray("articles")::add);
      ArrayNode also = p.putArray("also_in");
      r.articles().stream().skip(1).forEach(a -> also.add(Views.copy(mapper, a,
          articles.computeIfAbsent(a, id -> store.article(id).orElse(null)))));
      series.computeIfAbsent(java.util.Arrays.asList(r.side(), name), k -> mapper.createArrayNode()).add(p);
    }
    ArrayNode items = mapper.createArrayNode();
    series.forEach((key, points) -> {
      ObjectNode s = items.addObject();
      s.put("claimant", key.get(1));
      s.put("side", key.get(0));
      s.set("points", points);
    });
    ObjectNode o = mapper.createObjectNode();
    o.set("items", items);
    Json.send(ctx, mapper, o);
  }

  void fieldReports(Context ctx) {
    ArrayNode items = mapper.createArrayNode();
    store.fieldReports().forEach(r -> items.add(Views.fieldReport(mapper, r)));
    ObjectNode o = mapper.createObjectNode();
    o.set("items", items);
    Json.send(ctx, mapper, o);
  }

  /**
   * Full-text search, paged like the other lists; a sentence carried by several copies of one story (or several
   * events of one article) is one item naming the other articles in {@code also_in}.
   */
  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badRequest("query parameter 'q' (the words to search for) is required");
    }
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - Params.MAX_LIMIT - 1);
    int limit = Params.integer(ctx, "limit", 20, 1, 500);
    SearchRows.Page page = SearchRows.page(store, q, offset, limit);
    ArrayNode items = mapper.createArrayNode();
    for (SearchRows.Row r : page.rows()) {
      SearchHit h = r.hit();
      ObjectNode o = items.addObject();
      o.put("article", h.articleId());
      o.put("event", h.eventId());
      r.events().forEach(o.putArray("events")::add);
      o.put("title", h.title());
      o.put("snippet", h.snippet());
      o.put("score", h.score());
      ArrayNode also = o.putArray("also_in");
      r.alsoIn().forEach(a -> also.add(Views.copy(mapper, a, store.article(a).orElse(null))));
    }
    ObjectNode o = Views.page(mapper, items, offset, limit, page.more());
    o.put("query", q);
    Json.send(ctx, mapper, o);
  }

  void stats(Context ctx) {
    String conflict = Params.conflict(ctx, profiles);
    Stats s = store.stats();
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", s.articles());
    o.put("clusters", s.clusters());
    o.put("events", s.events());
    o.put("incidents", s.incidents());
    o.put("ceasefires", s.ceasefires());
    o.put("field_reports", s.fieldReports());
    o.put("rejections", s.rejections());
    Map<String, Integer> byParty = new TreeMap<>();
    Map<String, Integer> byStanding = new LinkedHashMap<>();
    String first = null;
    String last = null;
    Map<String, Integer> byConflict = new TreeMap<>();
    for (Incident i : store.incidents(IncidentQuery.all())) {
      byConflict.merge(i.conflict() == null ? "none" : i.conflict(), 1, Integer::sum);
      if (conflict != null && !conflict.equals(i.conflict())) {
        continue; // the totals above are the store's; the breakdowns below are the conflict's
      }
      byParty.merge(i.perpetrator() == null ? "unattributed" : i.perpetrator(), 1, Integer::sum);
      byStanding.merge(i.standing().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
      first = first == null || i.date().compareTo(first) < 0 ? i.date() : first;
      last = last == null || i.date().compareTo(last) > 0 ? i.date() : last;
    }
    ObjectNode p = o.putObject("incidents_by_perpetrator");
    byParty.forEach(p::put);
    ObjectNode st = o.putObject("incidents_by_standing");
    byStanding.forEach(st::put);
    ObjectNode bc = o.putObject("incidents_by_conflict");
    byConflict.forEach(bc::put);
    o.put("conflict", conflict);
    if (conflict != null) {
      o.put("incidents", byConflict.getOrDefault(conflict, 0));
      o.put("ceasefires", store.ceasefires().stream().filter(c -> conflict.equals(c.conflict())).count());
    }
    o.put("first_day", first);
    o.put("last_day", last);
    o.put("store", Views.shownStore(store.location()));
    Json.send(ctx, mapper, o);
  }

  private static Stance stance(String v) {
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "alleges", "allegation", "accusation" -> Stance.ALLEGES;
      case "denies", "denial" -> Stance.DENIES;
      case "acknowledges", "acknowledgement" -> Stance.ACKNOWLEDGES;
      default -> throw ApiException.badRequest("query parameter 'stance' must be alleges, denies or acknowledges, "
          + "not '" + Params.clip(v) + "'");
    };
  }

  private static String lower(String v) {
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }
}
