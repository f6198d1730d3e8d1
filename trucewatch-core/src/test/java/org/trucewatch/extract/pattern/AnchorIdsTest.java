package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;
import org.trucewatch.nlp.Vocabulary;

/**
 * {@link RuleSet} reads a word's anchored rules, and {@link MemoInput} a word's memo row, by the word's vocabulary id
 * once it was asked: the answers must be those of the word's string. Replayed on the shipped attack rules with seeded
 * random words (anchors, words of an anchor's shape, others), each word asked by id twice (filling, then reading).
 */
class AnchorIdsTest {

  @Test
  void anchorsReadByIdAreTheWordsAnchors() {
    RuleSet set = AttackPatterns.load().rules();
    List<String> anchors = IdReplay.anchors(set);
    Random random = new Random(2905);
    int yes = 0;
    for (int k = 0; k < 20_000; k++) {
      String w = IdReplay.word(random, anchors);
      boolean byString = set.isAnchor(w);
      int id = Vocabulary.id(w);
      assertThat(set.isAnchor(w, id)).as(w).isEqualTo(byString);
      assertThat(set.isAnchor(w, id)).as(w + " again").isEqualTo(byString);
      yes += byString ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(5_000);
  }

  @Test
  void sentencesMatchAlikeWithAndWithoutWordIds() {
    RuleSet set = AttackPatterns.load().rules();
    List<String> anchors = IdReplay.anchors(set);
    Random random = new Random(1729);
    int matched = 0;
    for (int k = 0; k < 2_000; k++) {
      int n = 2 + random.nextInt(14);
      String[] words = new String[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = IdReplay.word(random, anchors);
        lemmas[i] = random.nextInt(4) == 0 ? IdReplay.word(random, anchors) : words[i];
        tags[i] = IdReplay.TAGS[random.nextInt(IdReplay.TAGS.length)];
      }
      WordsInput plain = new WordsInput(words, lemmas, tags);
      String expected = IdReplay.show(set.find(plain));
      PatternInput ids = new IdReplay.IdInput(plain, false);
      assertThat(IdReplay.show(set.find(ids))).as(Arrays.toString(words)).isEqualTo(expected);
      assertThat(IdReplay.show(set.find(ids))).as(Arrays.toString(words) + " again").isEqualTo(expected);
      matched += expected.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(100);
    assertThat(MemoInput.keptById()).isGreaterThan(10);
  }
}
