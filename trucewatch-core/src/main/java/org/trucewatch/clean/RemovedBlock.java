package org.trucewatch.clean;

/**
 * A block the cleaner dropped, and why: kept so that {@code clean --explain} can show every decision; with the index of
 * the body block it stood before (null where not known), so that a dropped day heading still dates what follows it.
 */
public record RemovedBlock(String text, String reason, Integer before) {

  /** A dropped block whose place in the body is not known. */
  public RemovedBlock(String text, String reason) {
    this(text, reason, null);
  }
}
