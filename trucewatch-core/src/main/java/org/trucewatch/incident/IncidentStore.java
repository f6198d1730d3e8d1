package org.trucewatch.incident;

import java.time.LocalDate;
import java.util.List;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Location;

/**
 * What incident resolution reads and writes inside the caller's unit of work: events by id, incidents and field
 * reports. The store's unit of work ({@code Store.Tx}) is one, so that the store depends on this package's types and
 * not the other way round.
 */
public interface IncidentStore {

  /** Events by id. */
  List<? extends Mention> events(List<String> ids);

  /** Incidents of a type whose date span meets {@code [from, to]}. */
  List<Incident> incidentsBetween(EventType type, LocalDate from, LocalDate to);

  /**
   * Incidents of a type holding a mention dated within {@code [from, to]} at a place of the same name as {@code place}
   * or within {@code radiusKm} of it: the incidents a new mention there may join. May return more (the caller tests
   * each mention).
   */
  List<Incident> incidentsNear(EventType type, LocalDate from, LocalDate to, Location place, double radiusKm);

  /** Stores an incident (replacing one with the same id). */
  void putIncident(Incident incident);

  void deleteIncident(String id);

  /** Field reports dated within {@code [from, to]}. */
  List<FieldReport> fieldReportsBetween(LocalDate from, LocalDate to);
}
