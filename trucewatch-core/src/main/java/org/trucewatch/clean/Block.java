package org.trucewatch.clean;

import java.util.Objects;

/**
 * One block of a page's main text as an extractor found it: a paragraph, a heading inside the story, a quotation or a
 * list item. Text is already white-space normalised within the block (no line breaks).
 */
public record Block(String text, Kind kind) {

  /** The role of a block in the story. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    QUOTE,
    LIST_ITEM
  }

  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public static Block paragraph(String text) {
    return new Block(text, Kind.PARAGRAPH);
  }
}
