package org.trucewatch.ingest;

import java.util.Objects;

/**
 * An input, or one record of it, that could not be turned into an article: a value, never an exception, so that a batch
 * goes on past it (as Tika's pipes report a failed file).
 *
 * @param sourceFile the input path as the user gave it
 * @param record where in the file, or null for the whole file
 * @param reason the category of failure
 * @param message what went wrong, in words a user can act on
 */
public record Rejection(String sourceFile, String record, Reason reason, String message) {

  /** Why an input was rejected. */
  public enum Reason {
    /** The file does not exist. */
    NOT_FOUND,
    /** The file or directory exists but this user may not read it. */
    PERMISSION_DENIED,
    /** Zero bytes, or only white space. */
    EMPTY,
    /** Not text: NUL bytes, control characters, or a known binary format. */
    BINARY,
    /** Larger than the configured limit for one document. */
    TOO_LARGE,
    /** Compressed data or a container that ends early. */
    TRUNCATED,
    /** JSON, XML or WARC that cannot be parsed. */
    MALFORMED,
    /** Bytes that do not decode in the declared or any detected encoding. */
    ENCODING,
    /** A well-formed record that lacks what an article needs (no text, no id). */
    INVALID,
    /** The page was read but held no article text. */
    NO_TEXT,
    /** A file the system does not read (an image, a PDF). */
    UNSUPPORTED,
    /** An I/O error while reading. */
    IO,
    /** Over the per-document budget (time, or a structure too deep to walk). */
    TOO_COSTLY,
    /** A stage failed on this document: a defect to report, contained so that the batch goes on. */
    FAILED
  }

  public Rejection {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** One line for standard error: the input, the record, the category and the reason. */
  public String oneLine() {
    String where = record == null ? sourceFile : sourceFile + " (" + record + ")";
    return where + ": " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + message;
  }
}
