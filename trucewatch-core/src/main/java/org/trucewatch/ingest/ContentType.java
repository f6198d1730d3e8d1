package org.trucewatch.ingest;

/** What a decoded document's text is: markup to be parsed, or text as a reader sees it. */
public enum ContentType {
  HTML,
  TEXT
}
