package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.WAR;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks to come ("ahead of a summit", "on the eve of talks"), talks told by other words ("consultations",
 * "telephone contact", "reached an understanding"), a side's own body that sits alone ("the war cabinet is meeting
 * in Jerusalem", "a faction meeting"), and a truce named in a "while" clause. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class TalksThirtyOneTest {

  private static List<Event> talks(String... paragraphs) {
    return SundayStory.of(EventType.TALKS, paragraphs);
  }

  @Test
  void talksAheadOfThemOrOnTheirEveAreToCome() {
    assertThat(talks(WAR, "The Armenian foreign minister flew to Geneva on Saturday ahead of a meeting with his "
        + "Azerbaijani counterpart.")).isEmpty();
    assertThat(talks(WAR, "Two Armenian soldiers were killed on Saturday on the eve of peace talks with Azerbaijan "
        + "in Moscow.")).isEmpty();
  }

  @Test
  void consultationsContactsAndUnderstandingsAreTalks() {
    assertThat(talks(WAR, "The foreign ministers of Armenia and Azerbaijan held consultations in Moscow on Saturday."))
        .isNotEmpty();
    assertThat(talks(WAR, "The defence ministers of Armenia and Azerbaijan spoke in a telephone contact on Saturday."))
        .isNotEmpty();
    assertThat(talks(WAR, "Armenia and Azerbaijan reached an understanding on Saturday on the return of prisoners."))
        .isNotEmpty();
    assertThat(talks(WAR, "Consultations between Armenia and Azerbaijan on the return of prisoners would start next "
        + "week, the Russian envoy said on Saturday.")).isEmpty();
  }

  @Test
  void aSideOwnBodySittingAloneHoldsNoTalks() {
    assertThat(talks(WAR, "Azerbaijan's security council was meeting in Baku on Saturday to weigh the offer."))
        .isEmpty();
    assertThat(talks(WAR, "Speaking at his party faction meeting on Saturday, the Armenian prime minister said the "
        + "army would hold its positions.")).isEmpty();
    // meeting another side is talks still
    assertThat(talks(WAR, "Envoys of Armenia and of the Azerbaijani government are meeting on Saturday in Moscow."))
        .isNotEmpty();
    assertThat(talks(WAR, "Azerbaijan's security council was meeting with Armenian envoys in Moscow on Saturday."))
        .isNotEmpty();
  }

  @Test
  void aTruceNamedInAWhileClauseTakesNoDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, WAR, "On Saturday the Armenian ombudsman said he was shocked "
        + "that the village had been shelled while the truce was in force.")).isEmpty();
  }
}
