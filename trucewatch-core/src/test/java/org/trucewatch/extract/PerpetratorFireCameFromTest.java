package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "It came from X positions", "the gunfire came from X troops" in a sentence of no attack of its own names the attacker
 * of the attack told just before (FireOrigins). Sentences written for this test.
 */
class PerpetratorFireCameFromTest {

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void itCameFromThePositionsOfASide() {
    List<Event> a = SundayStory.attacksOn("2021-05-11",
        "A house in the village of Taghavard in Martuni came under fire on Monday night, the village head said."
            + " It came from Azerbaijani positions facing the village and was aimed at the houses.");
    assertThat(at(a, "Taghavard")).isNotEmpty()
        .allMatch(e -> "AZ".equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }

  @Test
  void theShotsCameFromTroopsOfASide() {
    List<Event> a = SundayStory.attacksOn("2021-05-11",
        "A shepherd was wounded by gunfire near Taghavard in Martuni on Monday, the village head said. The shots"
            + " came from Azerbaijani soldiers, he said.");
    assertThat(at(a, "Taghavard")).isNotEmpty().allMatch(e -> "AZ".equals(e.perpetratorSide()));
  }

  @Test
  void notMenInARelativeClauseWhoCameFromACountry() {
    List<Event> a = SundayStory.attacksOn("2021-05-11",
        "A house in the village of Taghavard in Martuni came under fire on Monday night, the village head said."
            + " The gunmen who staged that attack came from Azerbaijan, he added.");
    assertThat(at(a, "Taghavard")).allMatch(e -> e.perpetratorSide() == null || e.perpetratorInferred());
  }

  @Test
  void notACondemnationThatCameFromASide() {
    List<Event> a = SundayStory.attacksOn("2021-05-11",
        "A house in the village of Taghavard in Martuni came under fire on Monday night, the village head said."
            + " Condemnation of the shooting came from Azerbaijani officials and was aimed at the houses.");
    assertThat(at(a, "Taghavard")).allMatch(e -> e.perpetratorSide() == null || e.perpetratorInferred());
  }
}
