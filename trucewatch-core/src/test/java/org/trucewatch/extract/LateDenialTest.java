package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A side that denies the act in so many words ("denied carrying out any air strike", "denied shelling the village")
 * answers the story's allegation even paragraphs after the lead, as long reports place the other side's word low.
 * Stories written for this test, dated against Sunday 25 October 2020.
 */
class LateDenialTest {

  // seven sentences of aftermath between the allegation and the denial
  private static final String[] AFTERMATH = {
      "Rescue teams worked through the night to reach people trapped under the rubble. Power was cut across the "
          + "district. Hospitals appealed for blood donors.",
      "Families who had fled the town earlier in the week said they had nowhere else to go. Schools were closed. "
          + "Shops stayed shut on Sunday morning.",
      "Local authorities said they would open two more shelters before nightfall."};

  private static String[] story(String lead, String denial) {
    return new String[] {lead, AFTERMATH[0], AFTERMATH[1], AFTERMATH[2], denial,
        "Talks between the two sides are due to resume in Moscow next week."};
  }

  @Test
  void aMinistryDenyingAnyAirStrikeLowInTheStoryDenies() {
    Event martuni = SundayStory.at(SundayStory.attacks(story(
        "An Azerbaijani air strike hit a school in Martuni on Saturday, killing three people, Karabakh officials said.",
        "Azerbaijan's defence ministry denied carrying out any air strike and said its aircraft had not flown.")),
        "Martuni");
    assertThat(martuni.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void aCapitalDenyingShellingLowInTheStoryDenies() {
    Event tartar = SundayStory.at(SundayStory.attacks(story(
        "Armenian artillery shelled Tartar on Saturday, wounding five civilians, Azerbaijan's prosecutor's office said.",
        "Yerevan flatly denied shelling civilian areas, saying its forces had only returned fire.")), "Tartar");
    assertThat(tartar.deniedBy()).anyMatch(d -> d.contains("Armenia") || d.contains("Yerevan"));
  }

  @Test
  void aDenialThatItsTroopsFiredLowInTheStoryDenies() {
    Event ganja = SundayStory.at(SundayStory.attacks(story(
        "Missiles fired by Armenian forces struck a residential street in Ganja on Saturday, Baku said.",
        "Armenia's defence ministry denied that its forces had fired any missiles at civilians.")), "Ganja");
    assertThat(ganja.deniedBy()).anyMatch(d -> d.contains("Armenia"));
  }
}
