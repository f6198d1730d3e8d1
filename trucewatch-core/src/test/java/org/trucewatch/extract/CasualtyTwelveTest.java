package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many were killed, by whose count (round cas12): a toll told in the sentence after its attack, a place and
 * where it lies, and the phrasings ministries and monitors use for the dead and the wounded. Sentences written for
 * this test in the manner of wire copy.
 */
class CasualtyTwelveTest {

  private static Event attackAt(List<Event> events, String place) {
    return events.stream().filter(e -> e.type() == EventType.ATTACK && e.location() != null
        && e.location().name().startsWith(place)).findFirst().orElseThrow();
  }

  private static String figures(Event e) {
    return e.casualties() == null ? "none" : e.casualties().killed() + "/" + e.casualties().wounded();
  }

  @Test
  void aTollSentenceAfterItsAttackIsThatAttacksTollButAWarTollIsNot() {
    List<Event> events = SundayStory.events("Azerbaijani units opened fire on Armenian positions near Tegh on "
        + "Saturday, the ministry said. Four soldiers were wounded.");
    assertThat(figures(attackAt(events, "Tegh"))).isEqualTo("null/4");
    List<Event> war = SundayStory.events("Azerbaijani units opened fire on Armenian positions near Tegh on "
        + "Saturday, the ministry said. More than 3,000 soldiers have been killed in the war, according to officials.");
    assertThat(figures(attackAt(war, "Tegh"))).isEqualTo("none");
  }

  @Test
  void aPlaceAndWhereItLiesAreOnePlaceButPlacesJoinedAsAListShareTheirTotal() {
    List<Event> events = SundayStory.events("An Israeli air strike on the Jabalia refugee camp in northern Gaza on "
        + "Saturday killed at least 50 Palestinians and wounded 150, the director of a nearby hospital said.");
    assertThat(figures(attackAt(events, "Jab"))).isEqualTo("50/150");
    List<Event> listed = SundayStory.events("Separatist officials said Ukrainian shelling of Donetsk and Horlivka "
        + "on Saturday had killed 15 people.");
    assertThat(listed.stream().filter(e -> e.type() == EventType.ATTACK)).isNotEmpty()
        .allMatch(e -> e.casualties() == null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a gravity adverb between the figure and its verb
      "Two civilians were seriously injured by Indian artillery fire at Nikial on Saturday, the military said.||2",
      "Three soldiers were critically wounded when mortar rounds hit Marinka on Saturday, the army said.||3",
      // injuries with their gravity
      "Four villagers sustained serious injuries when shells hit Kotli on Saturday, the military said.||4",
      // one man; one of a side's own
      "A man was killed when a rocket struck a workshop in Kiryat Shmona on Saturday, police said.|1|",
      "The army said one of its soldiers was killed near Marwahin on Saturday.|1|",
      // victims as ministries and monitors name them
      "The health ministry said 22 citizens were killed in the air strike on Omdurman on Saturday.|22|",
      "Forty prisoners of war were killed and 75 wounded when shells hit Olenivka on Saturday, the ministry said.|40|75",
      "An Army jawan was killed on Saturday when Pakistani troops shelled Kerni, a defence spokesman said.|1|",
      // an age is no figure: "under the age of 15"
      "A coalition air strike hit a school bus in Saada on Saturday. The Red Cross said a hospital it supports had "
          + "received the bodies of 29 children under the age of 15, and 48 wounded people, 30 of them children.||48"
  })
  void tollsAsMinistriesAndMonitorsWriteThem(String text, Integer killed, Integer wounded) {
    List<Event> reports = SundayStory.of(EventType.CASUALTY_REPORT, text);
    assertThat(reports).extracting(e -> e.casualties().killed() + "/" + e.casualties().wounded())
        .containsExactly(killed + "/" + wounded);
  }
}
