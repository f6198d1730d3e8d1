package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Officials on both sides said": who said so is each belligerent, named as the profile names its camp's main party
 * with the text's words beside it, and one source speaking for both is no counter-accusation between them. Sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class BothSidesSaidTest {

  @Test
  void bothSidesAreEachCampsMainParty() {
    List<Event> events = SundayStory.events("Two Armenian soldiers and an Azerbaijani soldier were killed on Sunday "
        + "when Azerbaijani troops opened fire on Armenian positions near Sotk, defence officials on both sides said.");
    assertThat(events).isNotEmpty();
    assertThat(events.stream().flatMap(e -> e.claims().stream()).map(Claim::display).distinct())
        .contains("Armenia (\"defence officials on both sides\")", "Azerbaijan (\"defence officials on both sides\")")
        .noneMatch(d -> d.startsWith("defence officials"));
  }

  @Test
  void oneSourceForBothDeniesNothing() {
    List<Event> attacks = SundayStory.of(EventType.ATTACK, "A rocket fired by Hezbollah hit a workshop in Kiryat "
        + "Shmona on Sunday, hours after an Israeli air strike killed three people in the Lebanese village of "
        + "Habbariyeh, according to reports from both sides.");
    assertThat(attacks).isNotEmpty();
    assertThat(attacks).allMatch(e -> e.deniedBy().isEmpty());
  }
}
