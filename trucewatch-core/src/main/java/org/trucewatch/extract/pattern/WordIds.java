package org.trucewatch.extract.pattern;

import java.util.Set;
import org.trucewatch.nlp.Vocabulary;

/**
 * A rule's literal words as {@link Vocabulary} ids, so that a token test compares the token's id with a few ints
 * instead of hashing and comparing its string in a set. Reads the words given (their ids are taken when the rule is
 * parsed) and, per test, the input's word or lemma and its id; writes nothing after it is made. Ids are one per
 * string, so where the token's id and every literal's id are known the ids answer as the strings do; where either is
 * not (-1: the vocabulary was full, or an input without ids) the strings are compared as before.
 */
final class WordIds {

  private final Set<String> words;
  private final int[] ids; // null: some word has no id, the strings decide
  private final String single; // the one word, where there is one
  private final int singleId;

  private WordIds(Set<String> words) {
    this.words = words;
    int[] known = new int[words.size()];
    int k = 0;
    for (String w : words) {
      int id = Vocabulary.id(w);
      if (id < 0) {
        known = null;
        break;
      }
      known[k++] = id;
    }
    this.ids = known;
    this.single = words.size() == 1 ? words.iterator().next() : null;
    this.singleId = single != null && known != null ? known[0] : -1;
  }

  /** The ids of {@code words} (an immutable set). */
  static WordIds of(Set<String> words) {
    return new WordIds(Set.copyOf(words));
  }

  /** Whether token {@code i}'s word ({@link PatternInput#word}) is one of the words. */
  boolean word(PatternInput in, int i) {
    int id = ids == null ? -1 : in.wordId(i);
    if (id < 0) {
      return words.contains(in.word(i));
    }
    for (int w : ids) {
      if (w == id) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i}'s lemma ({@link PatternInput#lemma}) is the one word (a set of one word only). */
  boolean lemma(PatternInput in, int i) {
    int id = singleId < 0 ? -1 : in.lemmaId(i);
    return id >= 0 ? id == singleId : single.equals(in.lemma(i));
  }
}
