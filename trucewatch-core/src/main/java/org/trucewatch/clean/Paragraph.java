package org.trucewatch.clean;

/** A paragraph of an article's clean body: character offsets {@code [start, end)} into the body, and its role. */
public record Paragraph(int start, int end, Block.Kind kind) {

  public Paragraph {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad paragraph span [" + start + ", " + end + ")");
    }
  }
}
