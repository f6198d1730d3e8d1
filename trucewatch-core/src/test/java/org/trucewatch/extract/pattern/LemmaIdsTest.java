package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;

/**
 * {@link RuleSet} reads a lemma's anchored rules, and {@link MemoInput} a lemma's memo row, by the lemma's vocabulary
 * id (and tells a lemma from its word by their ids): replayed on the shipped attack rules with seeded random
 * sentences whose lemmas are anchors, an anchor's shape, the word itself or others, each sentence found three times
 * (by strings, by ids filling the tables, by ids reading them); the matches must be alike.
 */
class LemmaIdsTest {

  @Test
  void sentencesMatchAlikeWithAndWithoutLemmaIds() {
    RuleSet set = AttackPatterns.load().rules();
    List<String> anchors = IdReplay.anchors(set);
    Random random = new Random(3031);
    int matched = 0;
    for (int k = 0; k < 2_000; k++) {
      int n = 2 + random.nextInt(14);
      String[] words = new String[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = IdReplay.word(random, anchors);
        // mostly a lemma unlike the word (an anchor, a shape, another), sometimes the word as a new instance
        lemmas[i] = random.nextInt(3) == 0 ? new String(words[i]) : IdReplay.word(random, anchors);
        tags[i] = IdReplay.TAGS[random.nextInt(IdReplay.TAGS.length)];
      }
      WordsInput plain = new WordsInput(words, lemmas, tags);
      String expected = IdReplay.show(set.find(plain));
      PatternInput ids = new IdReplay.IdInput(plain, true);
      assertThat(IdReplay.show(set.find(ids))).as(Arrays.toString(lemmas)).isEqualTo(expected);
      assertThat(IdReplay.show(set.find(ids))).as(Arrays.toString(lemmas) + " again").isEqualTo(expected);
      matched += expected.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(100);
  }
}
