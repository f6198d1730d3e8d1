package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The office that speaks for a country or body named as its owner ("Turkey's trade minister") is named in
 * the claim beside the actor, which keeps its side; and an owner's long office after a place-ending clause ("..., in
 * southern Lebanon, the Interior Ministry's Central Media Relations and Press Department said") speaks, not the
 * place. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class SpeakerOfficeTest {

  @Test
  void anOwnersOfficeIsNamedBesideTheOwner() {
    Event e = SundayStory.at(SundayStory.attacks("Turkey's trade minister said Syrian jets struck Idlib on "
        + "Saturday."), "Idlib");
    assertThat(e.claimedBy()).anyMatch(c -> c.contains("trade minister") && c.startsWith("Turkey"));
  }

  @Test
  void anOwnersOfficeAtTheSentencesEndIsNamedToo() {
    Event e = SundayStory.at(SundayStory.attacks("Israeli jets struck Tyre on Saturday, Lebanon's regional "
        + "governor said."), "Tyre");
    assertThat(e.claimedBy()).anyMatch(c -> c.contains("regional governor"));
  }

  @Test
  void aBareOwnerWithoutAnOfficeStaysAsItWas() {
    Event e = SundayStory.at(SundayStory.attacks("Turkey said Syrian jets struck Idlib on Saturday."), "Idlib");
    assertThat(e.claimedBy()).anyMatch(c -> c.equals("Turkey"));
  }

  @Test
  void aLongOwnedOfficeAfterAPlaceSpeaksNotThePlace() {
    Event e = SundayStory.at(SundayStory.attacks("Two men were killed on Saturday when a drone struck their truck "
        + "near Marjayoun, in southern Lebanon, the Interior Ministry's Central Media Relations and Press Department "
        + "said."), "Marjayoun");
    assertThat(e.claimedBy()).anyMatch(c -> c.contains("Press Department"));
  }
}
