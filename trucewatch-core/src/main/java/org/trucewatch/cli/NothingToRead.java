package org.trucewatch.cli;

/** Nothing there to read (a database that does not exist): one line on standard error and exit code 1. */
public final class NothingToRead extends RuntimeException {

  public NothingToRead(String message) {
    super(message);
  }
}
