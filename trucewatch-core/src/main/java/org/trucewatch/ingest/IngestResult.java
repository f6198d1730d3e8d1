package org.trucewatch.ingest;

/** What reading one document yields: the document, or the reason it could not be read. */
public sealed interface IngestResult permits IngestResult.Read, IngestResult.Rejected {

  /** A document that was read and decoded. */
  record Read(SourceDocument document) implements IngestResult {}

  /** A document, record or whole input that could not be read. */
  record Rejected(Rejection rejection) implements IngestResult {}

  static IngestResult of(SourceDocument document) {
    return new Read(document);
  }

  static IngestResult rejected(String sourceFile, String record, Rejection.Reason reason, String message) {
    return new Rejected(new Rejection(sourceFile, record, reason, message));
  }
}
