package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place named only as the war a side acts for, or the war a story dates from ("in solidarity with Gaza", "since the
 * war in Gaza began", "the Gaza war"), is not where the day's attack fell; a place also told as hit stays, and so does
 * each front of a report of several. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AnotherWarNamedTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void thePlaceASideActsForIsNotWhereItStruck() {
    assertThat(places(attacks("Houthi forces fired a ballistic missile at Eilat on Saturday in solidarity with Gaza, "
        + "their military spokesman said."))).noneMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("Hezbollah, which says it fights in support of the Palestinians in Gaza, launched "
        + "drones at Kiryat Shmona on Saturday."))).noneMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("In backing for its allies, and as part of its support for the people of Gaza, the "
        + "group said it shelled an army post near Shebaa on Saturday."))).noneMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("The drones launched at Ashkelon on Saturday were sent in support of the victims of the "
        + "long siege imposed by the occupation on Gaza, the group said."))).noneMatch(p -> p.contains("Gaza"));
  }

  @Test
  void theWarAStoryCountsFromIsNotWhereItStruck() {
    assertThat(places(attacks("It was the first American raid on Hodeidah port on Saturday since the war in Gaza "
        + "began."))).noneMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("Saturday's air strike on Sanaa airport was the heaviest since the Gaza war erupted, "
        + "residents said."))).noneMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("Israeli jets pounded Tyre on Saturday, the deadliest day of border fighting since the "
        + "war on Gaza started."))).noneMatch(p -> p.contains("Gaza"));
  }

  @Test
  void aPlaceAlsoToldAsHitAndEachFrontStay() {
    assertThat(places(attacks("Israeli strikes killed 12 people in Gaza on Saturday, the health ministry said, as "
        + "the war in Gaza entered its second year."))).anyMatch(p -> p.contains("Gaza"));
    assertThat(places(attacks("Russian jets flying in support of government troops struck Idlib on Saturday.")))
        .anyMatch(p -> p.contains("Idlib"));
    List<String> fronts = places(attacks("Rockets fired from Gaza hit Sderot on Saturday, while Hezbollah fighters "
        + "shelled an army post in Metula."));
    assertThat(fronts).anyMatch(p -> p.contains("Sderot")).anyMatch(p -> p.contains("Metula"));
  }
}
