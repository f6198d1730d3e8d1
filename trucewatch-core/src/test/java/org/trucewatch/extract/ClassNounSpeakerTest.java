package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Doctors Without Walls said ... The organisation said ...": a speaker written as "the" and a class noun ("group",
 * "organisation", "charity", "network", "committee") is the body the article named as a speaker before, though its
 * name holds no such noun; "the foreign ministry" is the ministry named with that word, not the latest ministry.
 * Each paragraph has a second speaker, so that no paragraph-wide speaker stands in. Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class ClassNounSpeakerTest {

  @Test
  void theOrganisationIsTheBodyNamedBefore() {
    Event marinka = SundayStory.at(SundayStory.attacks(
        "Doctors Without Walls said on Saturday that shells had hit its clinic in Avdiivka. Kyiv made no comment.",
        "The organisation said a drone struck an ambulance in Marinka on Saturday evening. Local police said "
            + "nobody was hurt."), "Marinka");
    assertThat(marinka.claimedBy()).anyMatch(c -> c.contains("Doctors Without Walls"));
  }

  @Test
  void theGroupIsTheVolunteersNamedBefore() {
    Event dilling = SundayStory.at(SundayStory.attacks(
        "Shells hit a market in Kadugli on Saturday, killing four people, the Nuba Rescue Line said. The army "
            + "gave no figures.",
        "A second barrage struck Dilling on Saturday night, the group said, in a post on its page. Residents said "
            + "many families had fled."), "Dilling");
    assertThat(dilling.claimedBy()).anyMatch(c -> c.contains("Nuba Rescue Line"));
    Event babanusa = SundayStory.at(SundayStory.attacks(
        "According to Hands of Kordofan, a local charity, a drone hit a school in Al-Fula on Saturday. The army "
            + "gave no figures.",
        "The charity reported that artillery also pounded Babanusa on Saturday evening. Residents said many "
            + "families had fled."), "Babanusa");
    assertThat(babanusa.claimedBy()).anyMatch(c -> c.contains("Hands of Kordofan"));
  }

  @Test
  void theCharityIsTheOneTheSentenceNames() {
    Event fula = SundayStory.at(SundayStory.attacks(
        "Four volunteers of the aid group Bread for Kordofan were killed when a drone hit their truck near Al-Fula on "
            + "Saturday, the group said. The army gave no figures."), "Fula");
    assertThat(fula.claimedBy()).anyMatch(c -> c.contains("Bread for Kordofan"));
    Event babanusa = SundayStory.at(SundayStory.attacks(
        "Hope Line, a volunteer network in West Kordofan, counted the dead on Saturday. Artillery pounded a market in "
            + "Babanusa on Saturday, killing six people, the network said. The army gave no figures."), "Babanusa");
    assertThat(babanusa.claimedBy()).anyMatch(c -> c.contains("Hope Line"));
    Event kadugli = SundayStory.at(SundayStory.attacks(
        "Shells struck a clinic run by the charity Nuba Care in Kadugli on Saturday, the organisation said in a "
            + "statement. The army gave no figures."), "Kadugli");
    assertThat(kadugli.claimedBy()).anyMatch(c -> c.contains("Nuba Care"));
    Event dilling = SundayStory.at(SundayStory.attacks(
        "Two drivers of the relief charity Grain Bridge died when shells hit their lorry near Dilling on Saturday, "
            + "the organisation said. The army gave no figures."), "Dilling");
    assertThat(dilling.claimedBy()).anyMatch(c -> c.contains("Grain Bridge"));
  }

  @Test
  void aNameWhoseWordsReadAsAVerbIsStillTheSpeaker() {
    Event avdiivka = SundayStory.at(SundayStory.attacks(
        "Doctors Without Walls said on Saturday that shells had hit its clinic in Avdiivka. Kyiv made no comment."),
        "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("Doctors Without Walls"));
    Event toretsk = SundayStory.at(SundayStory.attacks(
        "Save the Elders said a shell had struck its shelter in Toretsk on Saturday. Kyiv made no comment."),
        "Toretsk");
    assertThat(toretsk.claimedBy()).anyMatch(c -> c.contains("Save the Elders"));
  }

  @Test
  void theForeignMinistryIsNotTheLatestMinistry() {
    Event krasnohorivka = SundayStory.at(SundayStory.attacks(
        "Ukraine's Foreign Ministry said shells hit Avdiivka on Saturday. Moscow made no comment.",
        "Ukraine's Defence Ministry said a drone struck Marinka on Saturday. Separatist officials denied it.",
        "The foreign ministry said a third barrage hit Krasnohorivka on Saturday night. Residents said many "
            + "families had fled."), "Krasnohorivka");
    assertThat(krasnohorivka.claimedBy()).anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("foreign"))
        .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("defen"));
  }
}
