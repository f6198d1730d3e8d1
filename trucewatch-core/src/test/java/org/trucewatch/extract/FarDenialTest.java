package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A belligerent's denial placed far below the allegation it answers ("denied the allegation", "rejected any role"
 * fourteen sentences on, after the aftermath and the background) still answers it when nothing of its camp is alleged
 * nearer; not where the camp's alleged attacks are of many days. Stories written for this test, dated against Sunday
 * 25 October 2020.
 */
class FarDenialTest {

  // fourteen sentences of aftermath and background, none of them an attack
  private static final String[] FILLER = {
      "Rescue teams worked through the night to reach people trapped under the rubble. Power was cut across the "
          + "district. Hospitals appealed for blood donors. Two bakeries stayed open.",
      "Families who had fled the town earlier in the week said they had nowhere else to go. Schools were closed. "
          + "Shops stayed shut on Sunday morning. Buses did not run.",
      "Local authorities said they would open two more shelters before nightfall. A convoy of water trucks arrived "
          + "at noon. Volunteers handed out blankets. The mayor visited the wards.",
      "The region has about forty thousand inhabitants. Most of them work on farms along the river."};

  private static String[] story(String lead, String denial) {
    return new String[] {lead, FILLER[0], FILLER[1], FILLER[2], FILLER[3], denial,
        "Talks between the two sides are due to resume in Moscow next week."};
  }

  @Test
  void aMinistryDenyingTheAllegationFarBelowDenies() {
    Event martuni = SundayStory.at(SundayStory.attacks(story(
        "Azerbaijani troops shelled Martuni on Saturday, wounding four people, Karabakh officials said.",
        "Azerbaijan's defence ministry denied the allegation.")), "Martuni");
    assertThat(martuni.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void aSideRejectingAnyRoleFarBelowDenies() {
    Event tartar = SundayStory.at(SundayStory.attacks(story(
        "Armenian artillery shelled Tartar on Saturday, wounding five civilians, Azerbaijan's prosecutor's office said.",
        "Armenia's defence ministry rejected any role.")), "Tartar");
    assertThat(tartar.deniedBy()).anyMatch(d -> d.contains("Armenia"));
  }

  @Test
  void aFarDenialAfterManyDaysOfAllegedFireAnswersNone() {
    List<Event> attacks = SundayStory.attacks(story(
        "Azerbaijani troops shelled Martuni on Friday and Azerbaijani drones struck Askeran on Saturday, Karabakh "
            + "officials said.",
        "Azerbaijan's defence ministry denied the allegation."));
    assertThat(attacks).allMatch(e -> e.deniedBy().isEmpty());
  }
}
