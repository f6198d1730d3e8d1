package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts a report tells only to set the day's news in time (what it "came" weeks after) or counts over a spell are no
 * attacks of the day, nor are their places the day's (calm.rules). Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class FormerActsToldTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void whatTheNewsCameWeeksAfterIsAnEarlierEvent() {
    List<Event> a = attacks("Rebel gunners shelled Tartar on Saturday, the defence ministry said. The shelling came "
        + "less than three weeks after the army said militants had fired rockets at Ganja.");
    assertThat(places(a)).contains("Tartar").noneMatch(p -> p.contains("Ganja"));
    List<Event> b = attacks("Drones struck Stepanakert on Saturday, officials said. The raids come four days after "
        + "deadly strikes on Shusha.");
    assertThat(places(b)).contains("Stepanakert").noneMatch(p -> p.contains("Shusha"));
    List<Event> c = attacks("Troops fired on posts near Tartar on Saturday. The firing came days after the army "
        + "said it had shelled Aghdam.");
    assertThat(places(c)).noneMatch(p -> p.contains("Aghdam"));
  }

  @Test
  void anActCountedOverASpellIsATally() {
    assertThat(places(attacks("Rockets hit a clinic in Tartar on Saturday, officials said. It was the fourth attack "
        + "on a clinic in Aghdam in less than a month."))).contains("Tartar").noneMatch(p -> p.contains("Aghdam"));
    assertThat(attacks("Officials said on Saturday that the power plant in Aghdam has now been shelled five times."))
        .isEmpty();
    // a verb of the day outside the count still tells its attack
    assertThat(places(attacks("Jets hit the depot in Aghdam on Saturday, the third strike on it in a month.")))
        .contains("Aghdam");
  }
}
