package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;
import org.trucewatch.nlp.Vocabulary;

/**
 * {@link RuleSet} reads a lemma's anchored rules, and {@link MemoInput} a lemma's memo row, by the lemma's vocabulary
 * id (and tells a lemma from its word by their ids): replayed on the shipped attack rules with seeded random
 * sentences whose lemmas are anchors, an anchor's shape, the word itself or others, each sentence found three times
 * (by strings, by ids filling the tables, by ids reading them); the matches must be alike.
 */
class LemmaIdsTest {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz'-";
  private static final String[] TAGS = {"NOUN", "VERB", "ADP", "DET", "PROPN", "NUM", "ADJ", "PUNCT"};
  private static final String[] OTHER = {"the", "in", "of", "a", "on", "near", ",", ".", "by", "two", "were"};

  /** A sentence of words, lemmas and tags that also says each word's and lemma's vocabulary id. */
  private record IdInput(WordsInput in) implements PatternInput {
    @Override
    public int size() {
      return in.size();
    }

    @Override
    public String word(int i) {
      return in.word(i);
    }

    @Override
    public int wordId(int i) {
      return Vocabulary.id(in.word(i));
    }

    @Override
    public String lemma(int i) {
      return in.lemma(i);
    }

    @Override
    public int lemmaId(int i) {
      return Vocabulary.id(in.lemma(i));
    }

    @Override
    public String tag(int i) {
      return in.tag(i);
    }

    @Override
    public int[] spans(SpanClass cls, int i) {
      return in.spans(cls, i);
    }

    @Override
    public int lexicon(String category, int i) {
      return in.lexicon(category, i);
    }
  }

  private static String word(Random random, List<String> anchors) {
    int pick = random.nextInt(3);
    if (pick == 0) {
      return anchors.get(random.nextInt(anchors.size()));
    }
    if (pick == 1) { // an anchor's shape, inner letters changed
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

  @Test
  void sentencesMatchAlikeWithAndWithoutLemmaIds() {
    RuleSet set = AttackPatterns.load().rules();
    Set<String> all = new HashSet<>();
    for (Rule r : set.rules()) {
      r.anchors.forEach(all::addAll);
    }
    List<String> anchors = new ArrayList<>(all);
    anchors.sort(null);
    Random random = new Random(3031);
    int matched = 0;
    for (int k = 0; k < 2_000; k++) {
      int n = 2 + random.nextInt(14);
      String[] words = new String[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = word(random, anchors);
        // mostly a lemma unlike the word (an anchor, a shape, another), sometimes the word as a new instance
        lemmas[i] = random.nextInt(3) == 0 ? new String(words[i]) : word(random, anchors);
        tags[i] = TAGS[random.nextInt(TAGS.length)];
      }
      WordsInput plain = new WordsInput(words, lemmas, tags);
      String expected = show(set.find(plain));
      assertThat(show(set.find(new IdInput(plain)))).as(Arrays.toString(lemmas)).isEqualTo(expected);
      assertThat(show(set.find(new IdInput(plain)))).as(Arrays.toString(lemmas) + " again").isEqualTo(expected);
      matched += expected.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(100);
  }

  private static String show(List<Rule.Match> matches) {
    StringBuilder b = new StringBuilder();
    for (Rule.Match m : matches) {
      b.append(m.rule().name()).append(' ').append(m.from()).append('-').append(m.to()).append(' ')
          .append(Arrays.toString(m.caps())).append(';');
    }
    return b.toString();
  }
}
