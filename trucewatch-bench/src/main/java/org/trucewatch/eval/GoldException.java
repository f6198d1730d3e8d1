package org.trucewatch.eval;

/** A corpus folder the scorer cannot score: no gold, a report missing, malformed gold. The message names the file. */
public final class GoldException extends RuntimeException {

  public GoldException(String message) {
    super(message);
  }
}
