package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The head of the district, Ivan Petrenko, said ...", "Mir Akbar, a police officer, told reporters that ...": a
 * speaker named with an appositive set off by commas before the verb tells what follows the verb. Sentences written
 * for this test, dated against Sunday 25 October 2020.
 */
class AppositiveSpeakerTest {

  @Test
  void aTitleThenANameSpeaks() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("The head of the town's military administration, Pavlo "
        + "Kovalenko, said separatist shells hit a school in Avdiivka on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("Kovalenko") || c.contains("administration"));
  }

  @Test
  void aNameThenATitleSpeaks() {
    Event bhimber = SundayStory.at(SundayStory.attacks("Raja Akbar, a senior police officer in the district, told "
        + "reporters that Indian mortars struck a house in Bhimber on Saturday."), "Bhimber");
    assertThat(bhimber.claimedBy()).anyMatch(c -> c.contains("Akbar") || c.contains("police"));
  }

  @Test
  void aSpokesmanForABodyThenANameConfirms() {
    Event jabalia = SundayStory.at(SundayStory.attacks("A spokesman for the rescue service, Hatem Salem, confirmed "
        + "on Saturday that an Israeli air strike had hit a school in Jabalia."), "Jabalia");
    assertThat(jabalia.claimedBy()).anyMatch(c -> c.contains("Salem") || c.contains("rescue service"));
  }

  @Test
  void aTrailingTitleThenNameSpeaksForWhatCameBefore() {
    Event horlivka = SundayStory.at(SundayStory.attacks("Shells struck a market in Horlivka on Saturday, wounding "
        + "three people, the town's deputy mayor, Ivan Prikhodko, said."), "Horlivka");
    assertThat(horlivka.claimedBy()).anyMatch(c -> c.contains("Prikhodko") || c.contains("mayor"));
  }

  @Test
  void anAsideBetweenCommasDoesNotSilenceTheSpeaker() {
    Event tartar = SundayStory.at(SundayStory.attacks("A local official, speaking by telephone, said Armenian "
        + "artillery shelled houses in Tartar on Saturday."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("official"));
  }

  @Test
  void stackedAsidesLeaveTheSubjectBeforeThem() {
    Event kadugli = SundayStory.at(SundayStory.attacks("Residents of Kadugli, the state capital, which the army "
        + "holds, said RSF drones hit the central market in Kadugli on Saturday."), "Kadugli");
    assertThat(kadugli.claimedBy()).anyMatch(c -> c.contains("Residents")).noneMatch(c -> c.contains("capital"));
  }
}
