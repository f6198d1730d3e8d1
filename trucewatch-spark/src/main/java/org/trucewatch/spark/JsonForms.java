package org.trucewatch.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Stance;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.report.ArticleJson;

/**
 * The JSON forms of core's {@link ArticleJson} and {@link org.trucewatch.report.EventJson} read back into records: how
 * articles travel between the job's stages and how {@code load} turns the Parquet output back into what the store
 * takes. An article's form is {@code clean --json}'s with two fields more, {@code removed} (the dropped blocks, which
 * the anchor estimator reads) and {@code conflict} (the one its source declared), so that nothing of the article is
 * lost on the way. A missing field reads as null.
 * Stateless.
 */
final class JsonForms {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonForms() {}

  /** The {@code clean --json} object of an article, plus its removed blocks and declared conflict. */
  static ObjectNode articleJson(CleanRun.ClusteredArticle ca) {
    ObjectNode o = ArticleJson.toJson(MAPPER, ca);
    o.put("conflict", ca.article().conflict());
    ArrayNode removed = o.putArray("removed");
    for (RemovedBlock r : ca.article().removed()) {
      ObjectNode block = removed.addObject().put("text", r.text()).put("reason", r.reason());
      if (r.before() != null) {
        block.put("before", r.before()); // where it stood: a dropped day heading dates the entries after it
      }
    }
    return o;
  }

  static String articleString(CleanRun.ClusteredArticle ca) {
    return articleJson(ca).toString();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
    }
  }

  /** An article with its cluster and shared paragraphs, from its JSON form. */
  static CleanRun.ClusteredArticle article(JsonNode o) {
    PublishedDate published = null;
    if (text(o, "published") != null) {
      JsonNode from = o.path("published_from");
      String origin = text(from, "origin");
      published = new PublishedDate(text(o, "published"), text(from, "text"),
          origin == null ? null : DateCandidate.Origin.valueOf(origin.toUpperCase(Locale.ROOT)),
          from.path("inferred").asBoolean(false));
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (JsonNode p : o.path("paragraphs")) {
      paragraphs.add(new Paragraph(p.path("start").asInt(), p.path("end").asInt(),
          Block.Kind.valueOf(p.path("kind").asText().toUpperCase(Locale.ROOT))));
    }
    List<String> captions = new ArrayList<>();
    o.path("captions").forEach(c -> captions.add(c.asText()));
    List<RemovedBlock> removed = new ArrayList<>();
    for (JsonNode r : o.path("removed")) {
      removed.add(new RemovedBlock(text(r, "text"), text(r, "reason"), integer(r, "before")));
    }
    Article a = new Article(text(o, "article"), text(o, "source"), text(o, "record"), text(o, "sha256"),
        text(o, "url"), text(o, "outlet"), text(o, "title"), text(o, "byline"), text(o, "dateline"), published,
        text(o, "language"), text(o, "body"), paragraphs, captions, removed, text(o, "conflict"));
    List<SharedParagraph> shared = new ArrayList<>();
    for (JsonNode s : o.path("shared_paragraphs")) {
      shared.add(new SharedParagraph(s.path("paragraph").asInt(), text(s, "with"), s.path("other_paragraph").asInt(),
          s.path("similarity").asDouble()));
    }
    return new CleanRun.ClusteredArticle(a, text(o, "cluster"), shared);
  }

  /** An event from its {@code extract --json} object. */
  static Event event(JsonNode o) {
    JsonNode l = o.path("location");
    Location location = l.isObject()
        ? new Location(text(l, "name"), l.path("lat").asDouble(), l.path("lon").asDouble(), text(l, "country"),
            text(l, "admin1"), text(l, "precision"), text(l, "as_written"))
        : null;
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : o.path("claims")) {
      claims.add(new Claim(text(c, "actor"), text(c, "actor_id"), text(c, "side"),
          Stance.valueOf(c.path("stance").asText().toUpperCase(Locale.ROOT)), text(c, "via"),
          evidence(c.path("evidence")), text(c, "written")));
    }
    List<Evidence> evidence = new ArrayList<>();
    o.path("evidence_all").forEach(e -> evidence.add(evidence(e)));
    if (evidence.isEmpty() && o.path("evidence").isObject()) {
      evidence.add(evidence(o.path("evidence")));
    }
    List<String> parties = new ArrayList<>();
    o.path("parties").forEach(p -> parties.add(p.asText()));
    return new Event(text(o, "article"), EventType.valueOf(o.path("type").asText().toUpperCase(Locale.ROOT)),
        text(o, "subtype"), day(o, "date"), day(o, "date_end"), text(o, "time"),
        DateBasis.parse(text(o, "date_basis")), location, text(o, "perpetrator_side"), text(o, "perpetrator"),
        text(o, "perpetrator_actor"), o.path("perpetrator_inferred").asBoolean(false),
        text(o, "target"), claims, casualties(o), parties, text(o, "mediator"), evidence, text(o, "conflict"));
  }

  private static java.time.LocalDate day(JsonNode o, String key) {
    String v = text(o, key);
    return v == null ? null : java.time.LocalDate.parse(v);
  }

  // The JSON form writes the figures' detail only when the event has figures; all absent means none were given.
  private static Casualties casualties(JsonNode o) {
    Integer killed = integer(o, "killed");
    Integer wounded = integer(o, "wounded");
    Integer civilians = integer(o, "civilians_killed");
    String victims = text(o, "victims");
    String qualifier = text(o, "qualifier");
    String since = text(o, "since");
    if (killed == null && wounded == null && civilians == null && victims == null && qualifier == null
        && since == null) {
      return null;
    }
    return new Casualties(killed, wounded, victims, qualifier, civilians, since);
  }

  private static Evidence evidence(JsonNode e) {
    return new Evidence(e.path("sentence_index").asInt(), e.path("start").asInt(), e.path("end").asInt(),
        text(e, "sentence"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }
}
