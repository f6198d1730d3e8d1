package org.trucewatch.ingest;

import java.util.Objects;

/**
 * Something the caller should hear about that did not cost a document: a declared charset Java does not know, a feed
 * that is not well-formed XML but was read, WARC records skipped. Rejections are what was lost; warnings are what was
 * read with care.
 *
 * @param sourceFile the input path as the user gave it
 * @param record where in the file, or null for the whole file
 * @param message what happened, in one line
 */
public record IngestWarning(String sourceFile, String record, String message) {

  public IngestWarning {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(message, "message");
  }

  /** One line for standard error, in the form of {@link Rejection#oneLine()}. */
  public String oneLine() {
    String where = record == null ? sourceFile : sourceFile + " (" + record + ")";
    return where + ": warning: " + message;
  }
}
