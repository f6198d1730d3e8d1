package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Talks and deals told in a story of war that has no word of violence in it (own sentences). */
class TalksInWarStoriesTest {

  private static List<Event> of(EventType type, String text) {
    return SundayStory.events(text).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void talksResumedAfterTheWarBeganAreTalksWithoutAnyWordOfViolence() {
    assertThat(of(EventType.TALKS, "Sudan's army and the RSF resumed talks in Jeddah on Saturday, eight months"
        + " after the war began, mediators said.")).hasSize(1);
  }

  @Test
  void aSignedPeaceDealIsAnAgreement() {
    assertThat(of(EventType.TALKS, "Armenia and Azerbaijan signed a peace agreement in Washington on Saturday,"
        + " officials said.")).extracting(Event::subtype).containsExactly("agreement");
  }

  @Test
  void anAgreementOnTakingTroopsOutIsAnAgreementOfWar() {
    assertThat(of(EventType.TALKS, "Washington and the rebels signed an agreement in Oslo on Saturday under which"
        + " foreign troops will leave the country within a year.")).extracting(Event::subtype)
        .containsExactly("agreement");
  }

  @Test
  void aStoryWithNoWordOfWarGivesNoTalks() {
    assertThat(of(EventType.TALKS, "The two carmakers signed an agreement in Tokyo on Saturday to build batteries"
        + " together, the companies said.")).isEmpty();
  }

  @Test
  void aPauseInFightingIsATruceAndNoBattle() {
    String text = "The cabinet approved a deal on Saturday for a four-day pause in fighting in Tartar in exchange"
        + " for the release of hostages.";
    assertThat(of(EventType.ATTACK, text)).isEmpty();
    assertThat(of(EventType.CEASEFIRE, text)).isNotEmpty();
  }

  @Test
  void aDealOfYearsAgoIsBackgroundNotARoundOfTalks() {
    assertThat(of(EventType.TALKS, "Under the peace agreement of 2015, the rebels kept their weapons, officials"
        + " said on Saturday.")).isEmpty();
  }
}
