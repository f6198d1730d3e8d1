package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;

/**
 * {@link RuleSet} settles most words by their shape (first and last character, length) before it looks them up among
 * the anchors: the shape test may only skip a word no rule is anchored by. Pinned on the shipped rules with seeded
 * random words, many of them an anchor's shape with other letters inside (the words the bits cannot tell apart).
 */
class AnchorShapesTest {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz'-’é0123456789";

  @Test
  void theShapeTestSkipsOnlyWordsNoRuleIsAnchoredBy() {
    RuleSet set = AttackPatterns.load().rules();
    Set<String> anchors = new HashSet<>();
    for (Rule r : set.rules()) {
      r.anchors.forEach(anchors::addAll);
    }
    assertThat(anchors).hasSizeGreaterThan(50);
    for (String a : anchors) {
      assertThat(set.isAnchor(a)).as(a).isTrue();
    }
    List<String> shipped = new ArrayList<>(anchors);
    Random random = new Random(20261205);
    int sameShape = 0;
    for (int k = 0; k < 20_000; k++) {
      String w;
      if (k % 2 == 0) { // an anchor's shape, its inner letters changed
        String a = shipped.get(random.nextInt(shipped.size()));
        StringBuilder b = new StringBuilder(a);
        for (int i = 1; i < b.length() - 1; i++) {
          if (random.nextInt(3) == 0) {
            b.setCharAt(i, LETTERS.charAt(random.nextInt(LETTERS.length())));
          }
        }
        w = b.toString();
        sameShape++;
      } else {
        int n = random.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
          b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        w = b.toString();
      }
      assertThat(set.isAnchor(w)).as(w).isEqualTo(anchors.contains(w));
    }
    assertThat(sameShape).isEqualTo(10_000);
    assertThat(set.isAnchor(null)).isFalse();
  }

  /** The matches of a sentence whose lemma anchors a rule and whose word only shares an anchor's shape. */
  @Test
  void aWordOfAnAnchorsShapeStillLooksUpItsLemma() {
    RuleSet set = RuleSet.of(RuleParser.parse("t.rules", "rule r ^[lemma=shell] => attack\n"));
    // "smell" has the shape of "shell" (first s, last l, five letters); its lemma is "shell"
    PatternInput in = new WordsInput(new String[] {"smell"}, new String[] {"shell"}, new String[] {"VERB"});
    assertThat(set.isAnchor("smell")).isFalse();
    assertThat(set.find(in)).extracting(m -> m.rule().name()).containsExactly("r");
  }
}
