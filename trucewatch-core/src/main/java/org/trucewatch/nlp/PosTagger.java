package org.trucewatch.nlp;

import java.util.List;

/** Adds universal part-of-speech tags and lemmas to a sentence's tokens. Implementations are thread-safe. */
@FunctionalInterface
public interface PosTagger {

  /** The sentence with every token tagged and lemmatised. */
  Sentence tag(Sentence sentence);

  /** Tags a list of sentences. */
  default List<Sentence> tagAll(List<Sentence> sentences) {
    return sentences.stream().map(this::tag).toList();
  }
}
