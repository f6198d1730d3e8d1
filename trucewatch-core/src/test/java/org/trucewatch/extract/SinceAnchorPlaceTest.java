package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place named inside the "since" phrase an earlier act anchors is that act's place, not the place of the fire the
 * sentence reports. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class SinceAnchorPlaceTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void thePlaceOfTheAnchoringActIsNotTheFiresPlace() {
    List<Event> found = attacks("Artillery fire went on along the front on Sunday, the heaviest since a drone strike "
        + "on a convoy near Martakert, the ministry said.");
    assertThat(places(found)).doesNotContain("Martakert");
  }

  @Test
  void aPlaceNamedOutsideTheSincePhraseStays() { // guard: the reported fire keeps its own place
    List<Event> found = attacks("Azerbaijani artillery shelled Martuni on Sunday, the heaviest fire since a drone "
        + "strike near Martakert, the ministry said.");
    assertThat(places(found)).contains("Martuni").doesNotContain("Martakert");
  }
}
