package org.trucewatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.Incident;
import org.trucewatch.ingest.Rejection;

/**
 * One unit of work's view of the store: every call runs on the unit's own connection, inside its transaction, so reads
 * see the unit's own writes. Valid only on the thread that runs the unit and only until the unit ends.
 */
final class JdbcTx implements Store.Tx {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Connection c;
  private final StoreLocation location;
  private final Clock clock;
  private boolean open = true;
  private final java.util.Set<String> locked = new java.util.HashSet<>();

  JdbcTx(Connection c, StoreLocation location, Clock clock) {
    this.c = c;
    this.location = location;
    this.clock = clock;
  }

  void end() {
    open = false;
  }

  /** Now as an ISO instant of fixed width, so that stamps sort as text ("…00.500Z" after "…00.000Z"). */
  private String now() {
    return STAMP.format(clock.instant());
  }

  /** A call's SQL, on this unit's connection. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException;
  }

  private <T> T call(String what, Call<T> body) {
    if (!open) {
      throw new IllegalStateException("this unit of work has ended: use the Tx only inside its inTransaction");
    }
    try {
      return body.run();
    } catch (SQLException e) {
      throw new StoreException(location + ": cannot " + what + ": " + location.scrub(e.getMessage()), e);
    }
  }

  @Override
  public boolean hasArticle(String id, String sha256) {
    return call("look up article " + id, () -> id != null && sha256 != null
        && Sql.exists(c, "SELECT 1 FROM articles WHERE id = ? AND sha256 = ?", p -> p.text(id).text(sha256)));
  }

  @Override
  public void putArticle(Article article, String cluster) {
    Objects.requireNonNull(article, "article");
    String clusterId = cluster == null ? article.id() : cluster;
    String now = now();
    lockArticle(article.id());
    call("store article " + article.id(), () -> Sql.update(c, ArticleRows.UPSERT,
        p -> ArticleRows.bind(p, article, clusterId, now)));
  }

  @Override
  public void setCluster(String articleId, String cluster) {
    Objects.requireNonNull(cluster, "cluster");
    int n = call("move article " + articleId + " to cluster " + cluster, () -> Sql.update(c,
        "UPDATE articles SET cluster = ? WHERE id = ?", p -> p.text(cluster).text(articleId)));
    requireArticle(n, articleId);
  }

  @Override
  public void setPublished(String articleId, PublishedDate date) {
    PublishedDate inferred = date == null ? null
        : new PublishedDate(date.value(), date.evidence(), date.origin(), true);
    // An article's own date is better evidence than its cluster's: only an undated or inferred one changes.
    int n = call("date article " + articleId, () -> Sql.update(c, ArticleRows.SET_PUBLISHED
        + " AND (published IS NULL OR published_inferred = ?)", p -> {
          ArticleRows.bindPublished(p, inferred);
          p.text(articleId).bool(true);
        }));
    if (n == 0) {
      requireArticle(call("look up article " + articleId, () -> Sql.exists(c,
          "SELECT 1 FROM articles WHERE id = ?", p -> p.text(articleId))) ? 1 : 0, articleId);
    }
  }

  /**
   * On PostgreSQL, holds a lock on the article's id until this unit ends, so that two processes writing the same
   * article take turns: each deletes and re-inserts its events after the other committed, never beside it (which
   * collided on the events' keys). SQLite needs none: it lets one writer in at a time.
   */
  private void lockArticle(String articleId) {
    if (location.dialect() != Dialect.POSTGRESQL || !locked.add(articleId)) {
      return;
    }
    call("lock article " + articleId, () -> Sql.exists(c, "SELECT pg_advisory_xact_lock(hashtext(?))",
        p -> p.text(articleId)));
  }

  private static void requireArticle(int rows, String articleId) {
    if (rows == 0) {
      throw new IllegalArgumentException("no stored article '" + articleId + "'");
    }
  }

  @Override
  public void putRejection(Rejection rejection) {
    Objects.requireNonNull(rejection, "rejection");
    String now = now();
    call("record the rejection of " + rejection.sourceFile(), () -> {
      RegisterRows.putRejection(c, rejection, now);
      return null;
    });
  }

  @Override
  public void putEvents(String articleId, List<StoredEvent> events) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(events, "events");
    for (StoredEvent se : events) {
      if (se.id() == null || !articleId.equals(se.event().article())) {
        throw new IllegalArgumentException("event " + se.id() + " of article " + se.event().article()
            + " cannot be stored under article " + articleId);
      }
    }
    lockArticle(articleId);
    call("store the events of article " + articleId, () -> {
      requireArticle(Sql.exists(c, "SELECT 1 FROM articles WHERE id = ?", p -> p.text(articleId)) ? 1 : 0,
          articleId);
      EventRows.replace(c, articleId, events);
      return null;
    });
  }

  @Override
  public List<StoredEvent> eventsOf(String articleId) {
    return call("read the events of article " + articleId, () -> EventRows.ofArticle(c, articleId));
  }

  @Override
  public List<StoredEvent> events(List<String> ids) {
    return call("read events", () -> EventRows.byIds(c, ids));
  }

  @Override
  public List<Incident> incidentsBetween(EventType type, LocalDate from, LocalDate to) {
    return call("read incidents", () -> IncidentRows.between(c, type, from, to));
  }

  @Override
  public List<Incident> incidentsNear(EventType type, LocalDate from, LocalDate to, Location place,
      double radiusKm) {
    Objects.requireNonNull(place, "place");
    return call("read incidents near " + place.name(), () -> IncidentRows.near(c, type, from, to, place, radiusKm));
  }

  @Override
  public void putIncident(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    if (incident.id() == null || incident.type() == null || incident.standing() == null) {
      throw new IllegalArgumentException("an incident needs an id, a type and a standing: " + incident.id());
    }
    call("store incident " + incident.id(), () -> {
      IncidentRows.put(c, incident);
      return null;
    });
  }

  @Override
  public void deleteIncident(String id) {
    call("delete incident " + id, () -> {
      IncidentRows.delete(c, id);
      return null;
    });
  }

  @Override
  public List<Ceasefire> ceasefires() {
    return call("read the ceasefire register", () -> RegisterRows.ceasefires(c));
  }

  @Override
  public void putCeasefire(Ceasefire ceasefire) {
    Objects.requireNonNull(ceasefire, "ceasefire");
    call("store ceasefire " + ceasefire.id(), () -> {
      RegisterRows.putCeasefire(c, ceasefire);
      return null;
    });
  }

  @Override
  public void deleteCeasefire(String id) {
    call("delete ceasefire " + id, () -> Sql.update(c, "DELETE FROM ceasefires WHERE id = ?", p -> p.text(id)));
  }

  @Override
  public void putFieldReport(FieldReport report) {
    Objects.requireNonNull(report, "report");
    call("store field report " + report.id(), () -> {
      RegisterRows.putFieldReport(c, report);
      return null;
    });
  }

  @Override
  public List<FieldReport> fieldReportsBetween(LocalDate from, LocalDate to) {
    return call("read field reports", () -> RegisterRows.fieldReports(c, from, to));
  }

  @Override
  public List<String> articlesInCluster(String cluster) {
    return call("read cluster " + cluster, () -> Sql.list(c, "SELECT id FROM articles WHERE cluster = ? ORDER BY id",
        p -> p.text(cluster), rs -> rs.getString(1)));
  }
}
