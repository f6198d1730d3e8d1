package org.trucewatch.extract.pattern;

/** The span classes a pattern names with {@code @}: each matches a whole span the resolvers found. */
public enum SpanClass {
  /** A place of the gazetteer (not one that is only part of a longer name). */
  PLACE,
  /** Any actor of the dictionary: a state, armed force, official, agency, monitor. */
  ACTOR,
  /** An actor that belongs to a side of a conflict. */
  SIDE,
  /** A figure: digits, or a number word of the lexicon ("two", "a dozen"). */
  NUMBER,
  /** A time expression ("on Tuesday", "20 September", "overnight"). */
  DATE
}
