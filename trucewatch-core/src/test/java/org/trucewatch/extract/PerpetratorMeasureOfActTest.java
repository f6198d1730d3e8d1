package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named attacker of an act told with more words between its verb and its noun than a plain light-verb object
 * ("answered with a wave of night-time raids", "opened 'unprovoked' fire"). Sentences written for this test.
 */
class PerpetratorMeasureOfActTest {

  @Test
  void aMeasureOfTheActBetweenTheVerbAndItsNoun() {
    SundayStory.namedAttacker("PK", "2021-05-10",
        "Pakistani troops responded with a barrage of heavy mortar fire on Indian posts in Poonch on Sunday, "
            + "the army said.");
    SundayStory.namedAttacker("AZ", "2021-05-10",
        "Azerbaijani units answered with a fresh volley of artillery fire on Armenian posts near Sotk on Sunday.");
  }

  @Test
  void notTheVerbOfSomethingElseSaidOfTheAct() {
    // a review "of" the shelling: no measure of an act, so its subject made nothing
    SundayStory.noNamedAttacker("AZ", "2021-05-10",
        "Azerbaijan started a review of the legality of the shelling of Tartar on Sunday.");
  }

  @Test
  void aWaveOfRaidsAfterTheNamedCoalition() {
    List<Event> attacks = SundayStory.attacksOn("2016-04-11",
        "A Houthi official said on Sunday that the Saudi-led coalition had answered with a wave of night-time air "
            + "raids on Hodeidah.");
    assertThat(attacks).isNotEmpty().allMatch(e -> "SA".equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }

  @Test
  void fireOpenedWithAQualifierInScareQuotes() {
    SundayStory.namedAttacker("IN", "2021-05-10",
        "The army's media wing said Indian troops had opened \"indiscriminate\" fire in the Battal sector on Sunday.");
  }
}
