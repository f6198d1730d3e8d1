package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Fire" as dismissal and "strike" as a walkout are no attacks (contexts.rules fired_from_job, fired_staff,
 * strike_over_pay), while fire at people and strikes on places stay attacks. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class DismissalsAndWalkoutsTest {

  private static List<Event> attacks(String... paragraphs) {
    return SundayStory.attacks(paragraphs);
  }

  @Test
  void dismissalsAreNoFire() {
    for (String s : List.of("The mining company in Goris fired ten workers on Sunday.",
        "The mayor of Tovuz was fired from his post on Sunday after the audit.",
        "On Sunday the governor fired two senior officials in Goris over the budget.")) {
      assertThat(attacks(s)).as(s).isEmpty();
    }
  }

  @Test
  void walkoutsAreNoStrikes() {
    for (String s : List.of("Dockers in Goris went on strike on Sunday.",
        "Buses stopped in Tovuz on Sunday after a strike over wages.",
        "Strike action by nurses shut two clinics in Goris on Sunday.")) {
      assertThat(attacks(s)).as(s).isEmpty();
    }
  }

  @Test
  void fireAtPeopleAndStrikesOnPlacesStay() {
    for (String s : List.of("Azerbaijani troops fired on Armenian positions near Goris on Sunday.",
        "Soldiers fired two mortar rounds at the village of Tovuz on Sunday.",
        "An air strike on Tovuz on Sunday destroyed a depot, the ministry said.")) {
      assertThat(attacks(s)).as(s).isNotEmpty();
    }
  }
}
