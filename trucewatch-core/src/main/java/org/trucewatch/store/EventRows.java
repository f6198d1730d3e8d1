package org.trucewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Stance;

/**
 * {@link StoredEvent}s as rows: one of {@code events} (location and casualties as columns), one of {@code claims} per
 * claim and one of {@code evidence} per sentence, in the event's own order. The cluster is always the article's
 * current one, read by a join, so that {@code setCluster} moves the events with their article.
 */
final class EventRows {

  private static final String INSERT_EVENT = "INSERT INTO events (id, article_id, ord, type, subtype, date, "
      + "date_end, time, date_basis, " + LocationColumns.NAMES + ", perpetrator, perpetrator_actor, "
      + "perpetrator_inferred, target, has_casualties, killed, wounded, victims, qualifier, civilian_killed, since, "
      + "parties, mediator, conflict, perpetrator_side) VALUES (" + Sql.placeholders(9 + LocationColumns.COUNT + 15) + ")";
  private static final String INSERT_CLAIM = "INSERT INTO claims (event_id, ord, article_id, actor, actor_id, side, "
      + "stance, via, ev_sentence, ev_start, ev_end, ev_text, written) VALUES (" + Sql.placeholders(13) + ")";
  private static final String INSERT_EVIDENCE = "INSERT INTO evidence (event_id, ord, article_id, sentence, "
      + "start_offset, end_offset, text) VALUES (" + Sql.placeholders(7) + ")";

  /** Children first: the cascade would do it, but explicit deletes keep SQLite's full-text triggers obvious. */
  private static final List<String> DELETE_OF_ARTICLE = List.of(
      "DELETE FROM claims WHERE article_id = ?",
      "DELETE FROM evidence WHERE article_id = ?",
      "DELETE FROM events WHERE article_id = ?");

  private EventRows() {}

  /** Replaces an article's events. */
  static void replace(Connection c, String articleId, List<StoredEvent> events) throws SQLException {
    for (String sql : DELETE_OF_ARTICLE) {
      Sql.update(c, sql, p -> p.text(articleId));
    }
    try (PreparedStatement ev = c.prepareStatement(INSERT_EVENT);
        PreparedStatement cl = c.prepareStatement(INSERT_CLAIM);
        PreparedStatement es = c.prepareStatement(INSERT_EVIDENCE)) {
      Sql.Params pe = new Sql.Params(ev);
      Sql.Params pc = new Sql.Params(cl);
      Sql.Params ps = new Sql.Params(es);
      for (int i = 0; i < events.size(); i++) {
        StoredEvent se = events.get(i);
        bindEvent(pe.reset(), se.id(), i, se.event());
        ev.addBatch();
        List<Claim> claims = se.event().claims();
        for (int k = 0; k < claims.size(); k++) {
          Claim claim = claims.get(k);
          Evidence e = claim.evidence();
          pc.reset().text(se.id()).integer(k).text(articleId).text(claim.actor()).text(claim.actorId())
              .text(claim.side()).name(claim.stance()).text(claim.via())
              .integer(e == null ? null : e.sentence()).integer(e == null ? null : e.start())
              .integer(e == null ? null : e.end()).text(e == null ? null : e.text()).text(claim.written());
          cl.addBatch();
        }
        List<Evidence> evidence = se.event().evidence();
        for (int k = 0; k < evidence.size(); k++) {
          Evidence e = evidence.get(k);
          ps.reset().text(se.id()).integer(k).text(articleId).integer(e.sentence()).integer(e.start())
              .integer(e.end()).text(e.text() == null ? "" : e.text());
          es.addBatch();
        }
      }
      ev.executeBatch();
      cl.executeBatch();
      es.executeBatch();
    }
  }

  private static void bindEvent(Sql.Params p, String id, int ord, Event e) throws SQLException {
    Casualties cs = e.casualties();
    p.text(id).text(e.article()).integer(ord).name(e.type()).text(e.subtype()).text(e.isoDate())
        .text(e.isoDateEnd()).text(e.time()).text(e.dateBasisName());
    LocationColumns.bind(p, e.location());
    p.text(e.perpetrator()).text(e.perpetratorActor()).bool(e.perpetratorInferred()).text(e.target())
        .bool(cs != null);
    if (cs == null) {
      p.integer(null).integer(null).text(null).text(null).integer(null).text(null);
    } else {
      p.integer(cs.killed()).integer(cs.wounded()).text(cs.victims()).text(cs.qualifier())
          .integer(cs.civilianKilled()).text(cs.since());
    }
    p.text(Json.write(e.parties())).text(e.mediator()).text(e.conflict()).text(e.perpetratorSide());
  }

  /** An article's events in their stored order. */
  static List<StoredEvent> ofArticle(Connection c, String articleId) throws SQLException {
    return load(c, "e.article_id = ?", p -> p.text(articleId));
  }

  /** Events by id, in the order asked, skipping unknown ids. */
  static List<StoredEvent> byIds(Connection c, List<String> ids) throws SQLException {
    Map<String, StoredEvent> found = new LinkedHashMap<>();
    for (List<String> chunk : Sql.chunks(ids)) {
      for (StoredEvent se : load(c, "e.id IN (" + Sql.placeholders(chunk.size()) + ")", p -> p.texts(chunk))) {
        found.put(se.id(), se);
      }
    }
    List<StoredEvent> out = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      StoredEvent se = found.get(id);
      if (se != null) {
        out.add(se);
      }
    }
    return out;
  }

  /** Every event of a type. */
  static List<StoredEvent> ofType(Connection c, EventType type) throws SQLException {
    return load(c, "e.type = ?", p -> p.name(type));
  }

  /** Events matching {@code where} (a fixed fragment over {@code e}) with their claims and evidence. */
  private static List<StoredEvent> load(Connection c, String where, Sql.Binder binder) throws SQLException {
    Map<String, EventRow> rows = new LinkedHashMap<>();
    Sql.list(c, "SELECT e.*, a.cluster FROM events e JOIN articles a ON a.id = e.article_id WHERE " + where
        + " ORDER BY e.article_id, e.ord", binder, rs -> rows.put(rs.getString("id"), EventRow.read(rs)));
    if (rows.isEmpty()) {
      return List.of();
    }
    Sql.list(c, "SELECT c.* FROM claims c JOIN events e ON e.id = c.event_id WHERE " + where
        + " ORDER BY c.event_id, c.ord", binder, rs -> rows.get(rs.getString("event_id")).claims.add(claim(rs)));
    Sql.list(c, "SELECT v.* FROM evidence v JOIN events e ON e.id = v.event_id WHERE " + where
        + " ORDER BY v.event_id, v.ord", binder, rs -> rows.get(rs.getString("event_id")).evidence.add(
            new Evidence(rs.getInt("sentence"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getString("text"))));
    List<StoredEvent> out = new ArrayList<>(rows.size());
    rows.forEach((id, row) -> out.add(row.toStoredEvent(id)));
    return out;
  }

  private static Claim claim(ResultSet rs) throws SQLException {
    Integer sentence = Sql.integer(rs, "ev_sentence");
    Evidence e = sentence == null ? null : new Evidence(sentence, rs.getInt("ev_start"), rs.getInt("ev_end"),
        rs.getString("ev_text"));
    return new Claim(rs.getString("actor"), rs.getString("actor_id"), rs.getString("side"),
        Sql.name(rs, "stance", Stance.class), rs.getString("via"), e, rs.getString("written"));
  }

  /** The columns of one {@code events} row, waiting for its claims and evidence. */
  private static final class EventRow {
    private Event head;
    private String cluster;
    private final List<Claim> claims = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    static EventRow read(ResultSet rs) throws SQLException {
      EventRow row = new EventRow();
      Casualties cs = Boolean.TRUE.equals(Sql.bool(rs, "has_casualties"))
          ? new Casualties(Sql.integer(rs, "killed"), Sql.integer(rs, "wounded"), rs.getString("victims"),
              rs.getString("qualifier"), Sql.integer(rs, "civilian_killed"), rs.getString("since"))
          : null;
      row.head = new Event(rs.getString("article_id"), Sql.name(rs, "type", EventType.class),
          rs.getString("subtype"), Sql.day(rs, "date"), Sql.day(rs, "date_end"), rs.getString("time"),
          DateBasis.parse(rs.getString("date_basis")), LocationColumns.read(rs), rs.getString("perpetrator_side"),
          rs.getString("perpetrator"),
          rs.getString("perpetrator_actor"), rs.getBoolean("perpetrator_inferred"), rs.getString("target"),
          List.of(), cs, Json.read(rs.getString("parties"), Json.STRINGS, "parties"), rs.getString("mediator"),
          List.of(), rs.getString("conflict"));
      row.cluster = rs.getString("cluster");
      return row;
    }

    StoredEvent toStoredEvent(String id) {
      Event e = head;
      return new StoredEvent(id, cluster, new Event(e.article(), e.type(), e.subtype(), e.date(), e.dateEnd(),
          e.time(), e.dateBasis(), e.location(), e.perpetratorSide(), e.perpetrator(), e.perpetratorActor(),
          e.perpetratorInferred(), e.target(), claims, e.casualties(), e.parties(), e.mediator(), evidence, e.conflict()));
    }
  }
}
