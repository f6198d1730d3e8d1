package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news lead that tells an attack with no speaker, attributed in the next paragraph ("..., officials said", "X said
 * ..."), is that paragraph's first speaker's claim; a next paragraph about a truce or talks lends nobody. Stories
 * written for this test, dated against Sunday 25 October 2020.
 */
class LeadSpeakerTest {

  @Test
  void aTrailingAttributionInTheSecondParagraphSpeaksForTheLead() {
    Event tartar = SundayStory.at(SundayStory.attacks(
        "Artillery shells slammed into homes in Tartar on Saturday evening, setting several houses on fire.",
        "Most of the dead were women and children, district officials said.",
        "The town has been hit repeatedly since the fighting began."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("officials"));
  }

  @Test
  void aPreposedSpeakerOfTheSecondParagraphSpeaksForTheLead() {
    Event ganja = SundayStory.at(SundayStory.attacks(
        "A missile struck a residential block in Ganja before dawn on Saturday, flattening part of the building.",
        "Rescue workers said they had pulled four bodies from the rubble and that more people were feared dead.",
        "Residents spent the day searching for relatives."), "Ganja");
    assertThat(ganja.claimedBy()).anyMatch(c -> c.contains("Rescue workers"));
  }

  @Test
  void anAccordingToInTheSecondParagraphSpeaksForTheLead() {
    Event martuni = SundayStory.at(SundayStory.attacks(
        "Drones hit a market in Martuni on Saturday as shoppers gathered for the morning trade.",
        "Three of the victims were children, according to local doctors, who treated the wounded at the town's "
            + "clinic.",
        "Power was cut across the town."), "Martuni");
    assertThat(martuni.claimedBy()).anyMatch(c -> c.contains("doctors"));
  }

  @Test
  void aSecondParagraphAboutTheTruceLendsNobody() {
    Event martuni = SundayStory.at(SundayStory.attacks(
        "Drones hit a market in Martuni on Saturday as shoppers gathered for the morning trade.",
        "A mediator said the two sides had agreed to meet in Geneva next week.",
        "Power was cut across the town."), "Martuni");
    assertThat(martuni.claimedBy()).noneMatch(c -> c.contains("mediator"));
  }
}
