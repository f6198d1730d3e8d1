package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital opening a story before a comma and a weekday ("Yerevan, Sunday 25 October -") is a dateline, no actor. */
class DatelineWeekdayTest {

  @Test
  void aCapitalBeforeAWeekdayIsADateline() {
    assertThat(ActorDictionaryTest.find("Baku, Sunday 25 October 2020 (Staff) - Fighting continued near Hadrut."))
        .noneMatch(m -> m.actor().id().startsWith("AZ"));
    assertThat(ActorDictionaryTest.find("Yerevan, Saturday - The shelling of Stepanakert went on overnight."))
        .noneMatch(m -> m.actor().id().startsWith("AM"));
    // a capital that speaks is still its government
    assertThat(ActorDictionaryTest.find("Baku said on Sunday that Armenian forces had shelled Tartar."))
        .anyMatch(m -> m.actor().id().equals("AZ/GOV"));
  }
}
