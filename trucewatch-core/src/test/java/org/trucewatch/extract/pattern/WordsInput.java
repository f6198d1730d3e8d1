package org.trucewatch.extract.pattern;

/** A test sentence of given words, lemmas and tags, with no spans and no lexicon matches. */
record WordsInput(String[] words, String[] lemmas, String[] tags) implements PatternInput {
  @Override
  public int size() {
    return words.length;
  }

  @Override
  public String word(int i) {
    return words[i];
  }

  @Override
  public String lemma(int i) {
    return lemmas[i];
  }

  @Override
  public String tag(int i) {
    return tags[i];
  }

  @Override
  public int[] spans(SpanClass cls, int i) {
    return new int[0];
  }

  @Override
  public int lexicon(String category, int i) {
    return -1;
  }
}
