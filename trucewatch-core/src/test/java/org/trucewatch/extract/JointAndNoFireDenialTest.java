package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A denial by a joint speaker ("both groups") is each named group's, and a side saying there was no fire from its own
 * side denies the attack alleged against it. Stories written for this test, dated against Sunday 25 October 2020.
 */
class JointAndNoFireDenialTest {

  @Test
  void bothGroupsDenyingIsEachGroupsDenial() {
    Event sderot = SundayStory.at(SundayStory.attacks(
        "Three rockets from Gaza hit Sderot on Saturday, injuring a woman, the Israeli military said, naming Hamas "
            + "and Islamic Jihad as the likely launchers.",
        "Both groups denied any part in the barrage."), "Sderot");
    assertThat(sderot.deniedBy()).anyMatch(d -> d.contains("Hamas"));
    assertThat(sderot.deniedBy()).noneMatch(d -> d.equalsIgnoreCase("Both groups"));
  }

  @Test
  void bothGroupsOpeningTheClauseOfALaterDenialVerbDeny() {
    Event sderot = SundayStory.at(SundayStory.attacks(
        "Three rockets from Gaza hit Sderot on Saturday, injuring a woman, the Israeli military said, naming Hamas "
            + "and Islamic Jihad as the likely launchers.",
        "Late on Saturday both groups put out a short statement and denied any part in the barrage."), "Sderot");
    assertThat(sderot.deniedBy()).anyMatch(d -> d.contains("Hamas") || d.contains("Islamic Jihad"));
  }

  @Test
  void twoGroupsJoinedByAndBothDeny() {
    Event sderot = SundayStory.at(SundayStory.attacks(
        "Three rockets from Gaza hit Sderot on Saturday, injuring a woman, the Israeli military said.",
        "Islamic Jihad and Hamas denied launching them."), "Sderot");
    assertThat(sderot.deniedBy()).anyMatch(d -> d.contains("Hamas"));
    assertThat(sderot.deniedBy()).anyMatch(d -> d.contains("Islamic Jihad"));
  }

  @Test
  void noFireFromOurSideDenies() {
    Event martuni = SundayStory.at(SundayStory.attacks(
        "Mortar shells fell on Martuni on Saturday, wounding two farmers, Karabakh officials said, accusing "
            + "Azerbaijani forces.",
        "Azerbaijan's defence ministry said there had been no shelling from its side on Saturday."), "Martuni");
    assertThat(martuni.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }
}
