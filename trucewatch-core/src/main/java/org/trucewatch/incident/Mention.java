package org.trucewatch.incident;

import org.trucewatch.extract.Event;

/**
 * An extracted event as incident resolution reads it: its stable id, its article's syndication cluster (null when it
 * has none) and the event. The store's {@code StoredEvent} is one.
 */
public interface Mention {

  String id();

  String cluster();

  Event event();
}
