package org.trucewatch.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.incident.FieldReport;
import org.trucewatch.incident.FieldReports;
import org.trucewatch.incident.IncidentResolver;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.Store;

/**
 * The API's writes: articles through the whole ingestion (cleaning, clustering, extraction, incidents), field reports,
 * and ceasefire register edits, each followed by the incident updates it implies. Writes are serialised (one at a
 * time, as ingestion requires); the class holds the store but does not close it.
 */
public final class StoreWriter {

  /** The outcome of posting articles: the run's counts, each posted article's fate, and the problems named. */
  public record IngestOutcome(IngestRun.Counts counts, List<ArticleOutcome> articles, List<String> problems) {}

  /** One posted article: whether it is in the store now, and with how many events. */
  public record ArticleOutcome(String id, boolean stored, int events) {}

  /** The outcome of posting field reports: those stored, and the rows that could not be read. */
  public record FieldReportOutcome(List<FieldReport> stored, List<String> problems) {}

  // Far enough apart to hold every incident a register edit can re-link, yet comparable as ISO text.
  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private final Pipeline pipeline;
  private final Store store;
  private final IngestRun ingest;
  private final IncidentResolver incidents;

  /** A filter's place by all its names and a side id as its name, as the command line reads them. */
  public org.trucewatch.store.IncidentQuery understood(org.trucewatch.store.IncidentQuery q) {
    return pipeline.understood(q);
  }

  public StoreWriter(Pipeline pipeline, Store store, Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.ingest = new IngestRun(pipeline, store, clock);
    this.incidents = new IncidentResolver(pipeline.config().incident(), pipeline.profiles());
  }

  /**
   * Ingests articles given as JSON Lines (already validated): the ingestion reads files, so the lines pass through a
   * temporary file that is deleted afterwards; problems name the request, never that file.
   */
  public synchronized IngestOutcome articles(String jsonLines, List<String> ids) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("trucewatch-post-", ".jsonl");
      Files.writeString(tmp, jsonLines, StandardCharsets.UTF_8);
      List<String> problems = new ArrayList<>();
      String name = tmp.toString();
      IngestRun.Counts counts = ingest.run(List.of(name), line -> { }, p -> problems.add(
          p.replace(name, "request body")));
      List<ArticleOutcome> outcomes = new ArrayList<>();
      for (String id : ids) {
        boolean stored = store.article(id).isPresent();
        int events = stored ? store.inTransaction(tx -> tx.eventsOf(id)).size() : 0;
        outcomes.add(new ArticleOutcome(id, stored, events));
      }
      return new IngestOutcome(counts, outcomes, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Stores field reports given as JSON (an array, or one object a line) and re-ranks the incidents they touch. */
  public synchronized FieldReportOutcome fieldReports(String json) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("trucewatch-field-", ".json");
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      FieldReports.Parsed parsed = FieldReports.read(tmp, pipeline::locate);
      String name = tmp.toString();
      List<String> problems = parsed.problems().stream().map(p -> p.replace(name, "request body")).toList();
      if (!parsed.reports().isEmpty()) {
        store.inTransaction(tx -> {
          LocalDate from = null;
          LocalDate to = null;
          for (FieldReport r : parsed.reports()) {
            tx.putFieldReport(r);
            LocalDate day = LocalDate.parse(r.time().substring(0, 10));
            from = from == null || day.isBefore(from) ? day : from;
            to = to == null || day.isAfter(to) ? day : to;
          }
          incidents.refresh(tx, from.minusDays(1), to.plusDays(1), new CeasefireRegister(tx.ceasefires(), pipeline.register().scopes()));
          return null;
        });
      }
      return new FieldReportOutcome(parsed.reports(), problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Adds or replaces a truce; returns whether it replaced one. Incidents are re-linked to the register. */
  public synchronized boolean putCeasefire(Ceasefire truce) {
    return store.inTransaction(tx -> {
      boolean existed = tx.ceasefires().stream().anyMatch(c -> c.id().equals(truce.id()));
      tx.putCeasefire(truce);
      incidents.refresh(tx, FIRST, LAST, new CeasefireRegister(tx.ceasefires(), pipeline.register().scopes()));
      return existed;
    });
  }

  /** Removes a truce; returns the removed one, or empty when there was none. Incidents are re-linked. */
  public synchronized Optional<Ceasefire> deleteCeasefire(String id) {
    return store.inTransaction(tx -> {
      Optional<Ceasefire> old = tx.ceasefires().stream().filter(c -> c.id().equals(id)).findFirst();
      if (old.isPresent()) {
        tx.deleteCeasefire(id);
        incidents.refresh(tx, FIRST, LAST, new CeasefireRegister(tx.ceasefires(), pipeline.register().scopes()));
      }
      return old;
    });
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // A leftover temporary file is harmless; the response matters more.
      }
    }
  }
}
