package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Baku denies targeting civilians", "the defence ministry flatly denies shelling the town": a present-tense denial
 * verb right after its speaker, which the tagger reads as a plural noun, is the speaker's denial when a gerund or a
 * determiner follows it, as headlines and live blogs write it. Sentences written for this test, dated against Sunday
 * 25 October 2020.
 */
class PresentDenialTest {

  @Test
  void aNameThenDeniesThenAGerundDenies() {
    Event stepanakert = SundayStory.at(SundayStory.attacks(
        "Azerbaijani forces shelled Stepanakert on Saturday, wounding three civilians, Karabakh officials said. "
            + "Baku denies targeting civilians. The fighting has displaced thousands of people."), "Stepanakert");
    assertThat(stepanakert.deniedBy()).anyMatch(d -> d.contains("Baku") || d.contains("Azerbaijan"));
  }

  @Test
  void aMinistryThenDeniesThenAGerundDenies() {
    Event kramatorsk = SundayStory.at(SundayStory.attacks(
        "Russian missiles struck the railway station in Kramatorsk on Saturday, Ukrainian officials said. "
            + "Russia's defence ministry denies hitting the station. Dozens of people were still missing."),
        "Kramatorsk");
    assertThat(kramatorsk.deniedBy()).anyMatch(d -> d.contains("Russia"));
  }
}
