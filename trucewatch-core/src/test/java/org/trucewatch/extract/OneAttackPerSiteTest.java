package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One attack per place and day (ACLED): one act of fire told by one side and blamed on the other by the other side
 * ("X shelled the town, Y said; X said Y had shelled it itself") is one attack, not one per attacker named. Acts of
 * other kinds at the place stay apart. Stories written for this test, published on Sunday 25 October 2020.
 */
class OneAttackPerSiteTest {

  private static long at(List<Event> events, String place) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().contains(place)).count();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the other side turns the blame, in a sentence of its own
      "Azerbaijani artillery shelled Martuni on Saturday, the Armenian defence ministry said. Baku rejected the claim"
          + " and said Armenian forces had shelled Martuni themselves on Saturday to stage a provocation.|Martuni",
      // passive first, a blame in the speaker's own words after
      "Rockets were fired at Tartar on Saturday by Armenian forces, Azerbaijan's defence ministry said. Yerevan said it"
          + " was Azerbaijani troops who fired rockets at Tartar on Saturday.|Tartar",
      // the place as the subject, "according to" a capital; then a "that" clause naming the other gunners
      "Terter came under Armenian artillery fire on Saturday, according to Baku. The Armenian side said that"
          + " Azerbaijani gunners shelled Terter on Saturday.|Terter",
      // a missile, then the other side's word that it was its enemy's own fire
      "An Armenian missile hit Ganja on Saturday, Azerbaijan said. Armenia's defence ministry said Azerbaijani forces"
          + " had fired the missile at Ganja on Saturday themselves.|Ganja",
  })
  void oneActBlamedOnEachSideIsOneAttack(String story, String place) {
    assertThat(at(attacks(story), place)).as(story).isEqualTo(1);
  }

  @Test
  void aStrikeAndAFightAtOnePlaceStayTwo() {
    List<Event> events = attacks("Azerbaijani drones struck Hadrut on Saturday, Armenian officials said. Armenian troops"
        + " ambushed an Azerbaijani patrol in Hadrut on Saturday, the Azerbaijani defence ministry said.");
    assertThat(at(events, "Hadrut")).isEqualTo(2);
  }
}
