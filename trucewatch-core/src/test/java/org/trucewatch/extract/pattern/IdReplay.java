package org.trucewatch.extract.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.trucewatch.nlp.Vocabulary;

/**
 * What the id replay tests ({@link AnchorIdsTest}, {@link LemmaIdsTest}) share: seeded random words around the shipped
 * rules' anchors, a sentence that also gives vocabulary ids, and a printable form of a sentence's matches.
 */
final class IdReplay {

  static final String[] TAGS = {"NOUN", "VERB", "ADP", "DET", "PROPN", "NUM", "ADJ", "PUNCT"};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz'-";
  private static final String[] OTHER = {"the", "in", "of", "a", "on", "near", ",", ".", "by", "two", "were"};

  private IdReplay() {}

  /**
   * A sentence of words, lemmas and tags that also says each word's vocabulary id, and each lemma's where
   * {@code lemmaIds} (else the interface's default: none).
   */
  record IdInput(WordsInput in, boolean lemmaIds) implements ForwardingInput {
    @Override
    public int wordId(int i) {
      return Vocabulary.id(in.word(i));
    }

    @Override
    public int lemmaId(int i) {
      return lemmaIds ? Vocabulary.id(in.lemma(i)) : -1;
    }
  }

  /** The anchors of every rule of {@code set}, sorted so that a seed always draws the same words. */
  static List<String> anchors(RuleSet set) {
    Set<String> all = new HashSet<>();
    for (Rule r : set.rules()) {
      r.anchors.forEach(all::addAll);
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(null);
    return sorted;
  }

  /** An anchor, an anchor's shape with other inner letters, or a common word, a third each. */
  static String word(Random random, List<String> anchors) {
    int pick = random.nextInt(3);
    if (pick == 0) {
      return anchors.get(random.nextInt(anchors.size()));
    }
    if (pick == 1) {
      StringBuilder b = new StringBuilder(anchors.get(random.nextInt(anchors.size())));
      for (int i = 1; i < b.length() - 1; i++) {
        if (random.nextInt(3) == 0) {
          b.setCharAt(i, LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
      }
      return b.toString();
    }
    return OTHER[random.nextInt(OTHER.length)];
  }

  /** The matches as one comparable line: rule, span and captures of each. */
  static String show(List<Rule.Match> matches) {
    StringBuilder b = new StringBuilder();
    for (Rule.Match m : matches) {
      b.append(m.rule().name()).append(' ').append(m.from()).append('-').append(m.to()).append(' ')
          .append(Arrays.toString(m.caps())).append(';');
    }
    return b.toString();
  }
}
