package org.trucewatch.pipeline;

import org.trucewatch.extract.Budget;
import org.trucewatch.ingest.Rejection;

/**
 * Turns whatever one document's processing threw into that document's rejection, so that a batch (CLI, API, watch)
 * goes on past it. Only a failure of the whole machine is let through: {@link OutOfMemoryError} and the other
 * {@link VirtualMachineError}s, but not {@link StackOverflowError}, which unwinds cleanly and belongs to the input
 * that caused it.
 */
public final class DocumentGuard {

  private DocumentGuard() {}

  /** Whether {@code t} ends the process rather than the document. */
  public static boolean isFatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }

  /** As {@link #reject(String, String, String, Throwable)}, for the document (or rejection) a reader delivered. */
  public static Rejection reject(org.trucewatch.ingest.IngestResult r, String stage, Throwable t) {
    if (r instanceof org.trucewatch.ingest.IngestResult.Read read) {
      return reject(read.document().sourceFile(), read.document().record(), stage, t);
    }
    Rejection earlier = ((org.trucewatch.ingest.IngestResult.Rejected) r).rejection();
    return reject(earlier.sourceFile(), earlier.record(), stage, t);
  }

  /** Rethrows {@code t} when it is fatal, else returns the rejection of the document it stopped. */
  public static Rejection reject(String sourceFile, String record, String stage, Throwable t) {
    if (isFatal(t)) {
      throw (VirtualMachineError) t;
    }
    if (t instanceof Budget.TooCostly) {
      return new Rejection(sourceFile, record, Rejection.Reason.TOO_COSTLY, t.getMessage());
    }
    if (t instanceof StackOverflowError) {
      return new Rejection(sourceFile, record, Rejection.Reason.TOO_COSTLY,
          "the " + stage + " ran out of stack on this document (nested too deeply)");
    }
    String detail = t.getMessage() == null ? t.getClass().getName()
        : t.getClass().getName() + ": " + org.trucewatch.internal.Texts.collapseSpaces(t.getMessage());
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "...";
    }
    return new Rejection(sourceFile, record, Rejection.Reason.FAILED,
        "the " + stage + " failed on this document (" + detail + "); the rest of the batch goes on");
  }
}
