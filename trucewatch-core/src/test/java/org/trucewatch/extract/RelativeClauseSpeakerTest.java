package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Tanks fired on what the military called militant posts": a speaker inside a relative clause that names the target
 * tells the whole act. Each paragraph has a second speaker, so that no paragraph-wide speaker stands in for the
 * sentence's own. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class RelativeClauseSpeakerTest {

  @Test
  void theSpeakerOfTheTargetsNameTellsTheAttack() {
    Event lahia = SundayStory.at(SundayStory.attacks("Israeli artillery pounded what the military described as "
        + "militant positions near Beit Lahia on Saturday. Residents told reporters the shells hit farmland."),
        "Beit Lahia");
    assertThat(lahia.claimedBy()).anyMatch(c -> c.toLowerCase().contains("military"));
    Event nabatieh = SundayStory.at(SundayStory.attacks("Warplanes bombed a house on the edge of Nabatieh on "
        + "Saturday night, where the Israeli army said Hezbollah fighters had gathered. Lebanese media said two "
        + "civilians were hurt."), "Nabatieh");
    assertThat(nabatieh.claimedBy()).anyMatch(c -> c.contains("Israel"));
    Event tartar = SundayStory.at(SundayStory.attacks("Drones hit what Azerbaijan's Defence Ministry called "
        + "Armenian artillery positions outside Tartar on Saturday. Yerevan said the drones struck a school."),
        "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("Azerbaijan"));
  }

  @Test
  void theSpeakerTellsOnlyTheClauseItsRelativeBelongsTo() {
    Event poonch = SundayStory.at(SundayStory.attacks("Pakistani troops shelled villages near Poonch on Saturday, "
        + "hours after Indian jets struck what New Delhi called militant camps near Muzaffarabad. Residents said "
        + "the shelling went on all night."), "Poonch");
    assertThat(poonch.claimedBy()).noneMatch(c -> c.contains("India"));
  }

  @Test
  void aRelativeClauseWithNoSpeakerNamesNone() {
    Event lahia = SundayStory.at(SundayStory.attacks("Israeli artillery pounded what was described as militant "
        + "positions near Beit Lahia on Saturday. Residents told reporters the shells hit farmland."), "Beit Lahia");
    assertThat(lahia.claimedBy()).noneMatch(c -> c.contains("was"));
  }
}
