package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Sentence;

/**
 * What the extractor found in one article: its sentences (for provenance), its dated events, and the mentions it
 * could not date (kept for the reader, not put in the event log: an event log entry needs a day).
 */
public record Extraction(String article, List<Sentence> sentences, List<Event> events, List<Event> undated) {

  public Extraction {
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    undated = List.copyOf(undated);
  }
}
