package org.trucewatch.conflict;

/** A conflict profile that does not validate: the message names the file and the line. */
public final class ProfileException extends IllegalArgumentException {

  private final String file;
  private final int line;

  public ProfileException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
