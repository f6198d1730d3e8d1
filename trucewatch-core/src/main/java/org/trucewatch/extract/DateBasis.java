package org.trucewatch.extract;

import java.util.Locale;

/**
 * How an event's date was found, from the surest to the least sure. The JSON contract writes the lower-case name
 * ({@code date_basis}); {@link #parse} reads it back from the store and from JSON.
 */
public enum DateBasis {
  /** A date written in the event's own sentence, with its year or read against the publication date. */
  EXPLICIT,
  /** The last date an earlier sentence of the paragraph gave. */
  PARAGRAPH,
  /** The article's publication date. */
  PUBLICATION,
  /** A publication date inferred from the article's copies in its cluster. */
  CLUSTER,
  /** The start day of the registered truce the article's year-less dates name. */
  REGISTER,
  /** An article date estimated from the dates the text mentions. */
  ESTIMATED;

  /** The contract's name: "explicit", "paragraph", ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wire();
  }

  /** The basis of a contract name, or null for null; an unknown name is an error naming it. */
  public static DateBasis parse(String wire) {
    if (wire == null) {
      return null;
    }
    try {
      return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown date basis '" + wire + "'", e);
    }
  }
}
