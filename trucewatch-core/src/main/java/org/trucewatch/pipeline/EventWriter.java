package org.trucewatch.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.incident.EventIds;
import org.trucewatch.incident.IncidentResolver;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredEvent;

/**
 * Writes an article's events into the store and what follows from them, inside the caller's unit of work: stable event
 * ids, truces read from the events merged into the register, incidents updated. Shared by {@code trucewatch ingest}
 * and the Spark job's loader. Holds the register as it grows: one writer per run, used by one thread.
 */
public final class EventWriter {

  private final Pipeline pipeline;
  private final IncidentResolver incidents;
  private CeasefireRegister register;

  public EventWriter(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.incidents = new IncidentResolver(pipeline.config().incident(), pipeline.profiles());
  }

  /**
   * Loads the register file into the store (its entries replace stored copies of themselves, except entries a user
   * edited through the API, marked "edited") and takes the store's register as it then stands.
   */
  public void prepare(Store store) {
    CeasefireRegister base = pipeline.register();
    register = store.inTransaction(tx -> {
      Set<String> edited = new HashSet<>();
      tx.ceasefires().stream().filter(c -> "edited".equals(c.source())).forEach(c -> edited.add(c.id()));
      for (Ceasefire c : base.truces()) {
        if (!edited.contains(c.id())) {
          tx.putCeasefire(c);
        }
      }
      return new CeasefireRegister(tx.ceasefires(), base.scopes());
    });
  }

  /** Takes an article's stored events out of their incidents, before they are replaced. */
  public void removeEvents(Store.Tx tx, String articleId) {
    incidents.remove(tx, tx.eventsOf(articleId), register);
  }

  /** Stores an article's events (replacing any), adds its truces to the register and its attacks to incidents. */
  public int putEvents(Store.Tx tx, String articleId, String cluster, List<Event> extracted) {
    List<StoredEvent> events = new ArrayList<>();
    for (Event e : extracted) {
      events.add(new StoredEvent(EventIds.of(e), cluster, e));
    }
    tx.putEvents(articleId, events);
    List<StoredEvent> truces = events.stream().filter(e -> e.event().type() == EventType.CEASEFIRE).toList();
    if (!truces.isEmpty()) {
      CeasefireRegister merged = register.withExtracted(truces);
      for (Ceasefire c : merged.truces()) {
        if (!register.truces().contains(c)) {
          tx.putCeasefire(c);
          LocalDate start = LocalDate.parse(c.startDate());
          incidents.refresh(tx, start, start.plusDays(366), merged);
        }
      }
      register = merged;
    }
    incidents.add(tx, events, register);
    return events.size();
  }
}
