package org.trucewatch.store;

import org.trucewatch.extract.Event;
import org.trucewatch.incident.Mention;

/**
 * An event as stored: its stable id (a hash of its article, type, date, place, perpetrator and subtype, so that
 * re-extracting an article gives the same ids), the article's cluster, and the event with claims and evidence.
 */
public record StoredEvent(String id, String cluster, Event event) implements Mention {}
