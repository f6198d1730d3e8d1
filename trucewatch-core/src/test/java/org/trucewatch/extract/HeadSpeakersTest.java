package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of several speakers: an attack told with no speaker of its own after one speaker's sentence is that
 * speaker's, until the next one speaks; an attack only denied is no one's account yet. Sentences written for this test, published Sunday 25 October 2020.
 */
class HeadSpeakersTest {

  @Test
  void anUnattributedAttackAfterOneSpeakerIsThatSpeakersThoughAnotherSpeaksLater() {
    List<Event> all = attacks("Karabakh emergency officials said Azerbaijani drones struck Martuni on Saturday. "
        + "Rockets also fell on Askeran on Saturday, damaging two houses. "
        + "Azerbaijan's defence ministry said its troops had taken up new positions near Fizuli.");
    assertThat(at(all, "Askeran").claimedBy()).singleElement().asString().contains("emergency officials");
  }

  @Test
  void theNearestSpeakerBeforeTheAttackSpeaksForIt() {
    List<Event> all = attacks("Karabakh emergency officials said Azerbaijani artillery shelled Martuni on Saturday. "
        + "Armenia's defence ministry said the fighting had been fierce all day. "
        + "Rockets also fell on Askeran on Saturday, damaging two houses.");
    assertThat(at(all, "Askeran").claimedBy()).singleElement().asString().contains("defence ministry");
  }

  @Test
  void anAttackOnlyDeniedIsStillThePrecedingSpeakersAccount() {
    List<Event> all = attacks("In a separate statement, the command said drones had attacked Shushi on Saturday "
        + "evening. Rockets also hit Stepanakert on Saturday. Azerbaijan's defence ministry denied it.");
    Event e = at(all, "Stepanakert");
    assertThat(e.claimedBy()).singleElement().asString().contains("command");
    assertThat(e.deniedBy()).singleElement().asString().contains("defence ministry");
  }
}
