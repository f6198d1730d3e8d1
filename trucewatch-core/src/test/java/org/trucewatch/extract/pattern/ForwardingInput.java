package org.trucewatch.extract.pattern;

/**
 * A test input that answers as the sentence {@link #in()} does but for the methods it overrides (a sentence whose ids,
 * spans or lexicon readings a test chooses).
 */
interface ForwardingInput extends PatternInput {

  WordsInput in();

  @Override
  default int size() {
    return in().size();
  }

  @Override
  default String word(int i) {
    return in().word(i);
  }

  @Override
  default int wordId(int i) {
    return in().wordId(i);
  }

  @Override
  default String lemma(int i) {
    return in().lemma(i);
  }

  @Override
  default int lemmaId(int i) {
    return in().lemmaId(i);
  }

  @Override
  default String tag(int i) {
    return in().tag(i);
  }

  @Override
  default int[] spans(SpanClass cls, int i) {
    return in().spans(cls, i);
  }

  @Override
  default int lexicon(String category, int i) {
    return in().lexicon(category, i);
  }
}
