package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A war monitor written by its noun: a lead's indefinite "a war monitor said" is the monitor the next paragraph names,
 * and "the monitor" the one named before, though its name ("... Observatory ...") lacks the noun (lexicon anaphor,
 * flagged cataphor, and anaphorkin, flagged neutral). Sentences written for this test, dated against Sunday 25
 * October 2020.
 */
class MonitorAnaphorTest {

  @Test
  void aLeadsWarMonitorIsTheMonitorNamedNext() {
    Event saraqeb = SundayStory.at(SundayStory.attacks(
        "Government jets struck a fuel market in Saraqeb in Syria's Idlib province on Saturday, killing at least "
            + "nine people, a war monitor said.",
        "The Syrian Observatory for Human Rights said a second raid hit a bakery in Ariha on Saturday night. Rebel "
            + "officials gave no comment."), "Saraqeb");
    assertThat(saraqeb.claimedBy()).anyMatch(c -> c.contains("Syrian Observatory"));
  }

  @Test
  void theMonitorIsTheObservatoryNamedBefore() {
    Event kafranbel = SundayStory.at(SundayStory.attacks(
        "The Syrian Observatory for Human Rights said government jets struck a bakery in Ariha in Syria's Idlib "
            + "province on Saturday. Rebel officials gave no comment.",
        "Artillery later shelled a school in Kafranbel on Saturday night, the monitor said. Residents said two "
            + "teachers were hurt."), "Kafranbel");
    assertThat(kafranbel.claimedBy()).anyMatch(c -> c.contains("Syrian Observatory"));
  }
}
