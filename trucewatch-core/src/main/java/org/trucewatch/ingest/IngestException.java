package org.trucewatch.ingest;

import java.io.IOException;

/**
 * A failure that already knows which {@link Rejection.Reason} it is, thrown by the helpers of this package and turned
 * into a rejection by whoever reads the record. Never leaves the package.
 */
final class IngestException extends IOException {

  private final Rejection.Reason reason;

  IngestException(Rejection.Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  Rejection.Reason reason() {
    return reason;
  }
}
