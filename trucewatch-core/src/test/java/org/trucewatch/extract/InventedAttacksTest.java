package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks a report names but does not report (bg23): a war's history told with its day, months or years before the
 * story. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class InventedAttacksTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void anAttackDatedMonthsBeforeTheStoryIsHistory() {
    assertThat(places(attacks("The last truce collapsed when Azerbaijani artillery shelled Stepanakert on 2 April "
        + "2016, killing four civilians."))).isEmpty();
    assertThat(places(attacks("Tensions have run high since July 14, when Armenian forces fired mortars at "
        + "villages in Tovuz."))).isEmpty();
    assertThat(places(attacks("It was on 3 June that drones last struck Tartar, and residents had begun to return "
        + "by the autumn."))).isEmpty();
  }

  @Test
  void anAttackOfTheLastDaysStaysOnTheLog() {
    assertThat(places(attacks("Azerbaijani drones struck Stepanakert on 20 October, killing two civilians.")))
        .isNotEmpty();
    assertThat(places(attacks("Armenian artillery shelled Tartar on Saturday, the ministry said."))).isNotEmpty();
  }

  private static final String YEMEN = "Yemen's Houthi rebels have held Sanaa since 2014 and fight government forces "
      + "around Marib.";
  private static final String LEBANON = "Hezbollah and Israel have traded fire across the Blue Line, hitting villages "
      + "in south Lebanon and the Galilee.";

  @Test
  void aPlaceOfAnotherWarNamedInPassingIsNotThisStorysAttack() {
    List<Event> a = attacks("Coalition jets hit a Houthi camp in Saada on Saturday, the rebels said. The group says "
        + "it fires at ships to protest the war in Gaza, where Israeli strikes have killed more than 30,000 people.",
        YEMEN);
    assertThat(places(a)).anyMatch(p -> p.contains("Saada")).noneMatch(p -> p.contains("Gaza"));
    List<Event> e = attacks("US warplanes bombed Houthi radar sites near Hodeidah on Saturday. Bombardment of Gaza "
        + "has left 35,000 people dead, the rebels said, vowing to keep up their campaign.", YEMEN);
    assertThat(places(e)).noneMatch(p -> p.contains("Gaza"));
    List<Event> b = attacks("Saudi-led jets bombed rebel positions in Saada on Saturday, the Houthis' al-Masirah "
        + "television said.", "The raids were the heaviest on the Yemeni province since Israel's bombardment of Gaza "
        + "began, residents said.");
    assertThat(places(b)).anyMatch(p -> p.contains("Saada")).noneMatch(p -> p.contains("Gaza"));
    List<Event> c = attacks("Israeli jets struck a house in Nabatieh on Saturday; the border front opened a day after "
        + "Hamas gunmen stormed Israeli towns near Gaza.", LEBANON);
    assertThat(places(c)).anyMatch(p -> p.contains("Nabatieh")).noneMatch(p -> p.contains("Gaza"));
    List<Event> d = attacks("Israeli drones hit a car near Tyre on Saturday. Hezbollah joined the war when Israel "
        + "began pounding the Gaza Strip, and says it will stop only when a truce holds there.", LEBANON);
    assertThat(places(d)).anyMatch(p -> p.contains("Tyre")).noneMatch(p -> p.contains("Gaza"));
  }

  @Test
  void aStrikeByThisWarsSideOnAnotherTheatreStays() {
    assertThat(places(attacks("A Houthi missile struck the port of Eilat on Saturday, the Israeli army said.",
        YEMEN))).anyMatch(p -> p.contains("Eilat"));
    assertThat(places(attacks("A drone launched from Yemen slammed into a hotel in Eilat on Saturday, wounding two "
        + "guests, Israeli police said.", YEMEN))).anyMatch(p -> p.contains("Eilat"));
  }
}
