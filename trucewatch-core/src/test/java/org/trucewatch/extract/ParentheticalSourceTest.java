package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "..., when, according to X, troops shelled Y": an "according to" set off by commas inside a sentence speaks for the
 * clause around it, so the attack told after it is X's claim as much as one told before it. Each paragraph has a second
 * speaker, so that no paragraph-wide speaker stands in for the sentence's own. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class ParentheticalSourceTest {

  @Test
  void aSourceInsideTheClauseSpeaksForWhatFollows() {
    Event martuni = SundayStory.at(SundayStory.attacks("The night's fighting started soon after two in the morning on "
        + "Saturday, when, according to the Armenian Defence Ministry, Azerbaijani units opened heavy fire from mortars "
        + "and artillery towards Martuni and Askeran. A Russian diplomat told reporters that Moscow was worried."),
        "Martuni");
    assertThat(martuni.claimedBy()).anyMatch(c -> c.contains("Armenia"));
    Event avdiivka = SundayStory.at(SundayStory.attacks("Rebel gunners, according to Ukraine's military, fired heavy "
        + "mortars at Avdiivka late on Saturday. The OSCE said its monitors could not reach the town."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("Ukraine"));
    Event uri = SundayStory.at(SundayStory.attacks("Late on Saturday, according to police officials in Baramulla, "
        + "Pakistani troops opened fire on border villages in the Uri sector. Islamabad said it had only returned "
        + "fire."), "Uri");
    assertThat(uri.claimedBy()).anyMatch(c -> c.contains("police"));
  }

  @Test
  void aSourceClosingTheClauseStillSpeaksForWhatWentBefore() {
    Event tartar = SundayStory.at(SundayStory.attacks("Shells fell on Tartar on Saturday evening, according to "
        + "Azerbaijan's Defence Ministry, which gave no figure for casualties. Armenia's ministry said its troops had "
        + "held their fire."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("Azerbaijan"));
  }
}
