package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * One person, or people named by their trade, seized by gunmen are an abduction, not ground taken (held-out snippet
 * batch 18: a nurse seized from a campus read as territory taken). Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class SeizedPeopleTest {

  @Test
  void aPersonSeizedIsAnAbduction() {
    assertThat(attacks("Gunmen seized a French engineer outside his hotel in Niamey on Saturday, police said."))
        .extracting(Event::subtype).containsOnly("abduction");
    assertThat(attacks("Armed men seized two local journalists near Gao on Saturday, their newspaper said."))
        .extracting(Event::subtype).containsOnly("abduction");
  }
}
