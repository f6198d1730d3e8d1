package org.trucewatch.store;

/**
 * A store that cannot be opened, read or written: the message names the location (never its password) and says what
 * went wrong in words a user can act on, so a command prints it and exits instead of showing a stack trace.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
