package org.trucewatch.extract.pattern;

/** A pattern file that cannot be read: the message names {@code file:line:column} and what is wrong there. */
public final class PatternSyntaxException extends IllegalArgumentException {

  private final String file;
  private final int line;
  private final int column;

  public PatternSyntaxException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
