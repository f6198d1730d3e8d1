package org.trucewatch.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.IncidentStore;
import org.trucewatch.ingest.Rejection;

/**
 * The one storage interface: articles, rejections, events with their claims and evidence, incidents, the ceasefire
 * register and field reports, searchable in full text. Two implementations behind it share the migrations: SQLite in a
 * file (the default, embedded) and PostgreSQL for a team, chosen by the location given to {@code JdbcStore.open}.
 *
 * <p>Writes happen in units of work ({@link #inTransaction}): all or nothing, so a process killed at any point leaves
 * the database as it was after the last whole unit. A store is thread-safe for reads; writes are serialised. The
 * caller closes it.
 */
public interface Store extends AutoCloseable {

  /** Runs {@code work} in one transaction and commits it; rolls back and rethrows on any exception. */
  <T> T inTransaction(Work<T> work);

  /** A unit of work's body. */
  @FunctionalInterface
  interface Work<T> {
    T run(Tx tx) throws Exception;
  }

  /** What may be done inside a unit of work (incident resolution works through its {@link IncidentStore} part). */
  interface Tx extends IncidentStore {

    /** Whether an article with this id and these raw bytes is stored: re-ingesting it changes nothing. */
    boolean hasArticle(String id, String sha256);

    /** Stores an article (replacing one with the same id, as a re-fetched story) with its syndication cluster. */
    void putArticle(Article article, String cluster);

    /** Moves an article to another cluster (clusters merge as copies arrive). */
    void setCluster(String articleId, String cluster);

    /** Gives an undated article its cluster's date, marked inferred. */
    void setPublished(String articleId, PublishedDate date);

    /** Records an input that could not be read, with its reason. Recording the same one twice keeps one. */
    void putRejection(Rejection rejection);

    /** Replaces the events of an article (with their claims and evidence). */
    void putEvents(String articleId, List<StoredEvent> events);

    /** The events of an article. */
    List<StoredEvent> eventsOf(String articleId);

    /** Events by id. */
    List<StoredEvent> events(List<String> ids);

    /** Incidents of a type whose date span meets {@code [from, to]}. */
    List<Incident> incidentsBetween(EventType type, LocalDate from, LocalDate to);

    /**
     * Incidents of a type holding a mention dated within {@code [from, to]} at a place of the same name as {@code place}
     * or within {@code radiusKm} of it: the incidents a new mention there may join. May return more (the caller tests
     * each mention); this default returns every incident of the type whose span meets {@code [from, to]}, and a store
     * should do better with an index, since that grows with the store.
     */
    default List<Incident> incidentsNear(EventType type, LocalDate from, LocalDate to, Location place,
        double radiusKm) {
      return incidentsBetween(type, from, to);
    }

    /** Stores an incident (replacing one with the same id). */
    void putIncident(Incident incident);

    void deleteIncident(String id);

    /** The whole ceasefire register. */
    List<Ceasefire> ceasefires();

    /** Stores a truce (replacing one with the same id). */
    void putCeasefire(Ceasefire ceasefire);

    void deleteCeasefire(String id);

    /** Stores a field report (replacing one with the same id). */
    void putFieldReport(FieldReport report);

    /** Field reports dated within {@code [from, to]}. */
    List<FieldReport> fieldReportsBetween(LocalDate from, LocalDate to);

    /** Articles by cluster. */
    List<String> articlesInCluster(String cluster);
  }

  // Reading, outside units of work.

  Optional<StoredArticle> article(String id);

  /** Articles, newest first. */
  List<StoredArticle> articles(int offset, int limit);

  Optional<Incident> incident(String id);

  /** Incidents matching the query, by date then id. */
  List<Incident> incidents(IncidentQuery query);

  /** Events by id. */
  List<StoredEvent> events(List<String> ids);

  /** Casualty reports, by claimant then date. */
  List<StoredEvent> casualtyReports();

  List<Ceasefire> ceasefires();

  /** Field reports, by time. */
  List<FieldReport> fieldReports();

  /** Recorded rejections, newest first. */
  List<Rejection> rejections(int limit);

  /**
   * Full-text search over article titles and bodies and event evidence sentences; the query is the database's plain
   * search syntax (words, "quoted phrases"), never spliced into SQL.
   */
  List<SearchHit> search(String query, int limit);

  /** Calls {@code each} with every stored article, for rebuilding in-memory indexes at start-up. */
  void forEachArticle(Consumer<StoredArticle> each);

  /** Row counts, for progress lines and the dashboard. */
  Stats stats();

  /** The watcher's crawl state: validators, last and next fetch, failures per address. */
  CrawlLog crawlLog();

  /** The alerter's state: incidents seen, alerts queued and delivered, every attempt. */
  AlertLog alertLog();

  /** A description of where the data lives, without credentials ("sqlite:trucewatch.db"). */
  String location();

  @Override
  void close();
}
