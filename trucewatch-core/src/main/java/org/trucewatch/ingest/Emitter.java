package org.trucewatch.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.trucewatch.internal.Texts;

/**
 * Where the results of one input go: documents and rejections to the caller's sink, warnings to the caller's warning
 * channel, each stamped with the input's name. One per input read; not shared between threads.
 */
final class Emitter {

  /** Wraps an exception thrown by the caller's sink, so that it passes through the input's error handling. */
  static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private final String sourceFile;
  private final String fileName;
  private final Consumer<IngestResult> sink;
  private final Consumer<IngestWarning> warnings;
  private final LocalDate today;

  /**
   * @param sourceFile the input path as the user gave it ({@code -} for standard input)
   * @param fileName the name documents of a single-document input are called by, and the prefix of generated ids
   * @param today the reading day, past which a container's publication date is reported as in the future
   */
  Emitter(String sourceFile, String fileName, Consumer<IngestResult> sink, Consumer<IngestWarning> warnings,
      LocalDate today) {
    this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.today = Objects.requireNonNull(today, "today");
  }

  String sourceFile() {
    return sourceFile;
  }

  String fileName() {
    return fileName;
  }

  void document(String id, String record, ContentType type, String content, String sha256, DocumentHints hints) {
    String badDate = ContainerDates.problem(hints.published(), today);
    if (badDate != null) {
      warn(record == null ? id : record, "'published' " + badDate + "; the date is taken from the page if it has one");
    }
    deliver(IngestResult.of(new SourceDocument(id, sourceFile, record, type, content, sha256, hints)));
  }

  void reject(String record, Rejection.Reason reason, String message) {
    deliver(IngestResult.rejected(sourceFile, record, reason, oneLine(message)));
  }

  void warn(String record, String message) {
    try {
      warnings.accept(new IngestWarning(sourceFile, record, oneLine(message)));
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  /** Messages quote parsers' own, which may span lines; a rejection is printed as one. */
  private static String oneLine(String message) {
    return message == null || message.isBlank() ? "(no detail)" : Texts.collapseSpaces(message);
  }

  private void deliver(IngestResult result) {
    try {
      sink.accept(result);
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }
}
