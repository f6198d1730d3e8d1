package org.trucewatch.ingest;

import java.util.Objects;

/**
 * One document as read from an input and decoded to text, before cleaning.
 *
 * @param id the article's name: a JSON line's {@code id}, a feed item's guid, else the file's name (with the record's
 *     locator appended where a file holds several documents)
 * @param sourceFile the input path as the user gave it (or {@code -} for standard input)
 * @param record where in the file the document was found ({@code "line 12"}, {@code "item 3"}, a WARC record id), or
 *     null when the file is the document
 * @param type whether {@code content} is HTML or plain text
 * @param content the decoded text, never null
 * @param sha256 hex SHA-256 of the raw bytes the document was decoded from
 * @param hints what the container said about the document
 */
public record SourceDocument(
    String id,
    String sourceFile,
    String record,
    ContentType type,
    String content,
    String sha256,
    DocumentHints hints) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sha256, "sha256");
    hints = hints == null ? DocumentHints.NONE : hints;
  }

  /** The input and record, as error messages name it. */
  public String location() {
    return record == null ? sourceFile : sourceFile + " (" + record + ")";
  }
}
