package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A token whose word and lemma anchor different rules tries each rule once: those of the word, those of the lemma,
 * and those anchored by both, over more rules than one word of the tried-variant bits holds.
 */
class RuleSetAnchorsTest {

  /** "xyz end", where the tagger gave "xyz" the lemma "shell". */
  private static PatternInput xyzEnd() {
    return new WordsInput(new String[] {"xyz", "end"}, new String[] {"shell", "end"}, new String[] {"NOUN", "NOUN"});
  }

  @Test
  void everyRuleOfTheWordAndTheLemmaMatchesOnce() {
    StringBuilder rules = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 60; k++) {
      rules.append("rule w").append(k).append(" ^[word=xyz] end => attack\n");
      rules.append("rule l").append(k).append(" ^[lemma=shell] end => attack\n");
      rules.append("rule b").append(k).append(" ^[lemma=/shell|xyz/] end => attack\n");
      expected.addAll(List.of("w" + k + "@0-2", "l" + k + "@0-2", "b" + k + "@0-2"));
    }
    List<String> found = RuleSet.of(RuleParser.parse("test.rules", rules.toString())).find(xyzEnd()).stream()
        .map(m -> m.rule().name() + "@" + m.from() + "-" + m.to()).toList();
    assertThat(found).containsExactlyElementsOf(expected); // in rule order: all start at 0 and end at 2
  }
}
