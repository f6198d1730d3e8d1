package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;

/**
 * {@link RuleSet#find} tries a variant only from starts at least {@code Program.minBefore} tokens before its anchor
 * (the fewest tokens any match reads before it): replayed against the path that tries every start up to the anchor,
 * on the shipped rules with seeded random sentences of anchors, rule words, spans and lexicon entries.
 */
class StartPruningTest {

  private static int minBefore(String rule) {
    Rule r = RuleParser.parse("t.rules", rule + " => attack\n").get(0);
    return r.variants.get(0).minBefore;
  }

  @Test
  void theFewestTokensBeforeTheAnchorCountEachReadingStepOnce() {
    assertThat(minBefore("rule r [tag=ADJ]* ^blasted")).isZero();
    assertThat(minBefore("rule r ^blasted [word=/at|upon/]")).isZero();
    assertThat(minBefore("rule r [lemma=douse] [word!=/to/]{2,9} to ^blasted")).isEqualTo(4);
    assertThat(minBefore("rule r @ACTOR %casualty ^blasted")).isEqualTo(2); // a span or an entry reads one at least
    assertThat(minBefore("rule r (the big | a) ^blasted")).isEqualTo(1);
    assertThat(minBefore("rule r (?<who> @SIDE [tag=NOUN]?) then ^blasted")).isEqualTo(2);
  }

  @Test
  void aStartTooNearTheAnchorIsNotTriedAndTheMatchesStayAlike() {
    RuleSet set = RuleSet.of(RuleParser.parse("t.rules",
        "rule r [lemma=douse] [word!=/to/]{1,5} to ^blasted => attack\n"));
    WordsInput in = new WordsInput("they doused the hut to blasted".split(" "),
        "they douse the hut to blasted".split(" "), "PRON VERB DET NOUN ADP VERB".split(" "));
    assertThat(IdReplay.show(set.find(in, true))).isEqualTo(IdReplay.show(set.find(in, false))).contains("r 1-6");
  }

  @Test
  void shippedRulesMatchAlikeWithAndWithoutPruning() {
    RuleSet set = AttackPatterns.load().rules();
    List<String> anchors = IdReplay.anchors(set);
    String[] rulesWords = {"to", "at", "under", "of", "by", "the", "and", "from", "with", "were", "was", "fire",
        "killed", "forces", "subjected", "positions", "village"};
    Random random = new Random(3303);
    int matched = 0;
    for (int k = 0; k < 3_000; k++) {
      int n = 2 + random.nextInt(24);
      String[] words = new String[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = random.nextInt(3) == 0 ? rulesWords[random.nextInt(rulesWords.length)]
            : IdReplay.word(random, anchors);
        lemmas[i] = random.nextInt(2) == 0 ? words[i] : IdReplay.word(random, anchors);
        tags[i] = IdReplay.TAGS[random.nextInt(IdReplay.TAGS.length)];
      }
      PatternInput in = new SpannedInput(new WordsInput(words, lemmas, tags), random.nextLong());
      String all = IdReplay.show(set.find(in, false));
      assertThat(IdReplay.show(set.find(in, true))).as(Arrays.toString(words)).isEqualTo(all);
      matched += all.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(300);
  }

  /** Words with seeded spans of every class and seeded lexicon entries, each a function of its position alone. */
  private record SpannedInput(WordsInput in, long seed) implements ForwardingInput {
    private int hash(int a, int i) {
      long h = (seed ^ (a * 0x9E3779B97F4A7C15L)) + i * 0xC2B2AE3D27D4EB4FL;
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
      return (int) (h ^ h >>> 32) & Integer.MAX_VALUE;
    }

    @Override
    public int[] spans(SpanClass cls, int i) {
      int h = hash(cls.ordinal() + 1, i);
      return h % 3 != 0 ? new int[0] : new int[] {Math.min(size(), i + 1 + h / 3 % 3)};
    }

    @Override
    public int lexicon(String category, int i) {
      int h = hash(category.hashCode(), i);
      return h % 4 != 0 ? -1 : Math.min(size(), i + 1 + h / 4 % 2);
    }
  }
}
