package org.trucewatch.extract.pattern;

/**
 * What a pattern reads: one sentence's tokens (lower-case word, lemma, part-of-speech tag) and the spans the
 * resolvers found in it. The extractor adapts its annotated sentence to this view, so that the pattern language
 * depends on nothing else.
 */
public interface PatternInput {

  /** The number of tokens. */
  int size();

  /** The lower-case text of token {@code i}. */
  String word(int i);

  /**
   * The {@link org.trucewatch.nlp.Vocabulary} id of {@link #word}{@code (i)}, or -1 where it has none or the input
   * does not say: tables filled by id answer from it without hashing the word.
   */
  default int wordId(int i) {
    return -1;
  }

  /** The lemma of token {@code i}, or its lower-case text where there is none. */
  String lemma(int i);

  /**
   * The {@link org.trucewatch.nlp.Vocabulary} id of {@link #lemma}{@code (i)}, or -1 where it has none or the input
   * does not say.
   */
  default int lemmaId(int i) {
    return -1;
  }

  /** The universal part-of-speech tag of token {@code i}, or null for an untagged sentence. */
  String tag(int i);

  /** The ends (exclusive) of the spans of {@code cls} that start at token {@code i}; empty when none does. */
  int[] spans(SpanClass cls, int i);

  /** The end (exclusive) of the longest lexicon entry of {@code category} that starts at token {@code i}, or -1. */
  int lexicon(String category, int i);
}
