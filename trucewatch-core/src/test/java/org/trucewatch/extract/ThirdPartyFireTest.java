package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacker a story names wins over a conflict's default side the story never names (NamedOverDefault), an
 * attack's agent may follow "by" past a few words of description (AgentReach), and a coalition named by who leads it
 * is that leader's (curated actors). Sentences written for these tests.
 */
class ThirdPartyFireTest {

  @Test
  void aThirdStatesNamedFireWinsOverTheDefaultEnemy() {
    List<Event> a = SundayStory.attacksOn("2025-03-18",
        "Hezbollah said it had no part in the fighting.",
        "Syrian troops shelled the Lebanese border town of Arsal on Monday.",
        "Artillery shells hit Baalbek on Monday, wounding two farmers, the Lebanese army said.");
    assertThat(a).filteredOn(e -> e.location() != null && e.location().surface().contains("Baalbek")).isNotEmpty()
        .allMatch(e -> "SY".equals(e.perpetratorSide()), "Syria's, not the default enemy's");
  }

  @Test
  void theDefaultEnemyStaysWhenTheStoryNamesIt() {
    List<Event> a = SundayStory.attacksOn("2025-03-18",
        "Hezbollah said it had no part in the fighting, and Israeli drones flew over the south.",
        "Syrian troops shelled the Lebanese border town of Arsal on Monday.",
        "Artillery shells hit Baalbek on Monday, wounding two farmers, the Lebanese army said.");
    assertThat(a).filteredOn(e -> e.location() != null && e.location().surface().contains("Baalbek"))
        .noneMatch(e -> "SY".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void anAgentAfterByMayBeDescribedFirst() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "Troops in Kosti on Sunday beat back an assault launched by the notorious rebel Rapid Support Forces.");
    assertThat(a).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }

  @Test
  void aCoalitionNamedByItsLeaderIsTheLeaders() {
    List<Event> a = SundayStory.attacksOn("2017-06-10",
        "Jets of the US-led coalition bombed an Islamic State depot near Raqqa on Friday, a monitor said.");
    assertThat(a).isNotEmpty().allMatch(e -> "US".equals(e.perpetratorSide()));
  }

  @Test
  void aPairOfAlliesNamedAsTheEnemyIsTheirLeaders() {
    List<Event> a = SundayStory.attacksOn("2024-02-10",
        "The American-British enemy launched a wave of raids on Hodeidah on Friday night, the Houthis' military "
            + "spokesman said.");
    assertThat(a).isNotEmpty().allMatch(e -> "US".equals(e.perpetratorSide()));
  }
}
