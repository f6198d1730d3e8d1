package org.trucewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;

/**
 * The writing routes (all behind the API token): posting articles (JSON Lines, or a JSON array, in the brief's input
 * format) through ingestion, posting field reports, and adding, replacing or removing ceasefire register entries.
 * Bodies are validated here, before anything is stored: malformed JSON is a 400, valid JSON with invalid fields a 422
 * naming the item and the field.
 */
public final class WriteRoutes {

  private static final Set<String> ARTICLE_STRINGS = Set.of("url", "title", "published", "outlet", "language",
      "byline", "author", "conflict");
  private static final Set<String> STATUSES = Set.of("agreed", "in_force", "collapsed", "superseded");
  private static final Set<String> CEASEFIRE_FIELDS = Set.of("id", "name", "start", "end", "parties", "mediator",
      "place_of_talks", "status", "conflict", "sources");
  private static final int MAX_ID = 500;

  private final StoreWriter writer;
  private final Bodies bodies;
  private final Profiles profiles;
  private final ObjectMapper mapper;

  public WriteRoutes(StoreWriter writer, Bodies bodies, Profiles profiles, ObjectMapper mapper) {
    this.writer = writer;
    this.bodies = bodies;
    this.profiles = profiles;
    this.mapper = mapper;
  }

  public List<Route> routes() {
    return List.of(
        new Route("POST", "/api/articles", this::postArticles),
        new Route("POST", "/api/field-reports", this::postFieldReports),
        new Route("PUT", "/api/ceasefires/{id}", this::putCeasefire),
        new Route("DELETE", "/api/ceasefires/{id}", this::deleteCeasefire));
  }

  void postArticles(Context ctx) {
    Set<String> accepted = new HashSet<>(Bodies.JSON_LINES);
    accepted.add("application/json");
    String text = bodies.text(ctx, accepted);
    List<ObjectNode> items = Bodies.mediaType(ctx).equals("application/json") ? jsonArticles(text)
        : jsonLinesArticles(text);
    if (items.isEmpty()) {
      throw ApiException.unprocessable("no articles in the request body");
    }
    StringBuilder lines = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String id = validArticle(items.get(i), "article " + (i + 1), profiles);
      if (ids.contains(id)) {
        throw ApiException.unprocessable("article " + (i + 1) + ": id '" + Params.clip(id)
            + "' appears twice in the request");
      }
      ids.add(id);
      lines.append(write(items.get(i))).append('\n');
    }
    StoreWriter.IngestOutcome out = writer.articles(lines.toString(), ids);
    ObjectNode o = mapper.createObjectNode();
    o.put("read", out.counts().read());
    o.put("stored", out.counts().stored());
    o.put("unchanged", out.counts().unchanged());
    o.put("rejected", out.counts().rejected());
    o.put("events", out.counts().events());
    ArrayNode as = o.putArray("articles");
    for (StoreWriter.ArticleOutcome a : out.articles()) {
      ObjectNode ao = as.addObject();
      ao.put("id", a.id());
      ao.put("stored", a.stored());
      ao.put("events", a.events());
    }
    ArrayNode ps = o.putArray("problems");
    out.problems().forEach(ps::add);
    ctx.status(out.counts().stored() > 0 ? 201 : 200);
    Json.send(ctx, mapper, o);
  }

  void postFieldReports(Context ctx) {
    JsonNode body = bodies.json(ctx);
    List<JsonNode> rows = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(rows::add);
    } else {
      rows.add(body);
    }
    if (rows.isEmpty()) {
      throw ApiException.unprocessable("no field reports in the request body");
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = rows.get(i);
      String where = "field report " + (i + 1);
      if (!r.isObject()) {
        throw ApiException.unprocessable(where + " is not a JSON object");
      }
      if (!r.hasNonNull("time")) {
        throw ApiException.unprocessable(where + ": 'time' (ISO date or date-time) is required");
      }
      if (!r.hasNonNull("place") && !(r.hasNonNull("lat") && r.hasNonNull("lon"))) {
        throw ApiException.unprocessable(where + ": 'place' or 'lat' and 'lon' are required");
      }
      if (!r.hasNonNull("kind")) {
        throw ApiException.unprocessable(where + ": 'kind' (what was observed) is required");
      }
      lines.append(write(r)).append('\n');
    }
    StoreWriter.FieldReportOutcome out = writer.fieldReports(lines.toString());
    if (out.stored().isEmpty()) {
      throw ApiException.unprocessable("no field report could be used: " + String.join("; ", out.problems()));
    }
    ObjectNode o = mapper.createObjectNode();
    ArrayNode stored = o.putArray("stored");
    for (FieldReport r : out.stored()) {
      stored.add(Views.fieldReport(mapper, r));
    }
    ArrayNode ps = o.putArray("problems");
    out.problems().forEach(ps::add);
    ctx.status(201);
    Json.send(ctx, mapper, o);
  }

  void putCeasefire(Context ctx) {
    String id = ceasefireId(ctx);
    JsonNode body = bodies.json(ctx);
    Ceasefire c = ceasefire(id, body, profiles);
    boolean replaced = writer.putCeasefire(c);
    ctx.status(replaced ? 200 : 201);
    Json.send(ctx, mapper, Views.ceasefire(mapper, c, null));
  }

  void deleteCeasefire(Context ctx) {
    String id = ceasefireId(ctx);
    if (writer.deleteCeasefire(id).isEmpty()) {
      throw ApiException.notFound("no ceasefire '" + id + "' in the register");
    }
    ctx.status(204);
  }

  private static String ceasefireId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw ApiException.badRequest("a ceasefire id is 1 to 100 letters, digits, '.', '_' or '-', not '"
          + Params.clip(id) + "'");
    }
    return id;
  }

  /** A register entry from a request body; any invalid field is a 422 naming it. */
  static Ceasefire ceasefire(String id, JsonNode b, Profiles profiles) {
    if (!b.isObject()) {
      throw ApiException.unprocessable("a ceasefire is a JSON object");
    }
    for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!CEASEFIRE_FIELDS.contains(f)) {
        throw ApiException.unprocessable("unknown field '" + Params.clip(f) + "'; a ceasefire has "
            + String.join(", ", CEASEFIRE_FIELDS.stream().sorted().toList()));
      }
    }
    String bodyId = string(b, "id");
    if (bodyId != null && !bodyId.equals(id)) {
      throw ApiException.unprocessable("'id' in the body (" + Params.clip(bodyId) + ") differs from the path ("
          + id + ")");
    }
    String name = string(b, "name");
    if (name == null || name.isBlank()) {
      throw ApiException.unprocessable("'name' is required");
    }
    String start = string(b, "start");
    if (start == null || !instant(start)) {
      throw ApiException.unprocessable("'start' is required: an ISO date or date-time (2020-10-10T12:00+04:00)");
    }
    String end = string(b, "end");
    if (end != null && !instant(end)) {
      throw ApiException.unprocessable("'end' must be an ISO date or date-time");
    }
    if (end != null && end.substring(0, 10).compareTo(start.substring(0, 10)) < 0) {
      throw ApiException.unprocessable("'end' (" + end + ") is before 'start' (" + start + ")");
    }
    String status = string(b, "status");
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.unprocessable("'status' must be one of agreed, in_force, collapsed, superseded");
    }
    List<String> parties = new ArrayList<>();
    JsonNode ps = b.get("parties");
    if (ps != null && !ps.isNull()) {
      if (!ps.isArray()) {
        throw ApiException.unprocessable("'parties' must be an array of names");
      }
      for (JsonNode p : ps) {
        if (!p.isTextual() || p.asText().isBlank()) {
          throw ApiException.unprocessable("'parties' must be an array of names");
        }
        parties.add(p.asText().strip());
      }
    }
    String conflict = string(b, "conflict");
    if (conflict != null && profiles.get(conflict).isEmpty()) {
      throw ApiException.unprocessable("'conflict' must be a conflict profile id (" + profiles.idList() + "), not '" + Params.clip(conflict) + "'");
    }
    return new Ceasefire(id, name.strip(), start, end, parties, string(b, "mediator"), string(b, "place_of_talks"),
        status == null ? "agreed" : status, "edited", List.of(), conflict, sources(b.get("sources")));
  }

  /** The truce's sources: an array of {url, title}, each with at least one of the two. */
  private static List<ConflictProfile.Source> sources(JsonNode ss) {
    List<ConflictProfile.Source> out = new ArrayList<>();
    if (ss == null || ss.isNull()) {
      return out;
    }
    String shape = "'sources' must be an array of {\"url\", \"title\"} objects";
    if (!ss.isArray()) {
      throw ApiException.unprocessable(shape);
    }
    for (JsonNode s : ss) {
      if (!s.isObject()) {
        throw ApiException.unprocessable(shape);
      }
      String url = string(s, "url");
      String title = string(s, "title");
      if (url == null && title == null) {
        throw ApiException.unprocessable(shape);
      }
      out.add(new ConflictProfile.Source(url, title));
    }
    return out;
  }

  private List<ObjectNode> jsonArticles(String text) {
    JsonNode root = bodies.parse(text, "the request body");
    List<ObjectNode> out = new ArrayList<>();
    if (root.isObject()) {
      out.add((ObjectNode) root);
      return out;
    }
    if (!root.isArray()) {
      throw ApiException.unprocessable("the body must be an article object or an array of them");
    }
    int n = 0;
    for (JsonNode item : root) {
      n++;
      if (!item.isObject()) {
        throw ApiException.unprocessable("article " + n + " is not a JSON object");
      }
      out.add((ObjectNode) item);
    }
    return out;
  }

  private List<ObjectNode> jsonLinesArticles(String text) {
    List<ObjectNode> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node = bodies.parse(lines[i], "line " + (i + 1));
      if (!node.isObject()) {
        throw ApiException.unprocessable("line " + (i + 1) + " is not a JSON object");
      }
      out.add((ObjectNode) node);
    }
    return out;
  }

  /** Checks an article's fields; returns its id. */
  private static String validArticle(ObjectNode a, String where, Profiles profiles) {
    JsonNode id = a.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw ApiException.unprocessable(where + ": 'id' (a non-empty string) is required");
    }
    if (id.asText().length() > MAX_ID) {
      throw ApiException.unprocessable(where + ": 'id' is longer than " + MAX_ID + " characters");
    }
    String name = where + " ('" + Params.clip(id.asText()) + "')";
    boolean hasText = false;
    for (String f : new String[] {"text", "html"}) {
      JsonNode v = a.get(f);
      if (v != null && !v.isNull()) {
        if (!v.isTextual()) {
          throw ApiException.unprocessable(name + ": '" + f + "' must be a string");
        }
        hasText |= !v.asText().isBlank();
      }
    }
    if (!hasText) {
      throw ApiException.unprocessable(name + ": 'text' or 'html' (non-empty) is required");
    }
    for (String f : ARTICLE_STRINGS) {
      JsonNode v = a.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        throw ApiException.unprocessable(name + ": '" + f + "' must be a string");
      }
    }
    JsonNode conflict = a.get("conflict");
    if (conflict != null && conflict.isTextual()
        && profiles.get(conflict.asText().strip().toLowerCase(java.util.Locale.ROOT)).isEmpty()) {
      throw ApiException.unprocessable(name + ": 'conflict' '" + Params.clip(conflict.asText())
          + "' is not a profile (" + profiles.idList() + ")");
    }
    return id.asText();
  }

  private static boolean instant(String v) {
    for (var parser : List.<java.util.function.Consumer<String>>of(LocalDate::parse, LocalDateTime::parse,
        OffsetDateTime::parse)) {
      try {
        parser.accept(v);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  private static String string(JsonNode b, String field) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.unprocessable("'" + field + "' must be a string");
    }
    return v.asText().strip();
  }

  private String write(JsonNode n) {
    try {
      return mapper.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
