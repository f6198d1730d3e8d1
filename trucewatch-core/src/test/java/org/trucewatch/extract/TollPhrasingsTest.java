package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrasings of a toll the finder had left unread: the wounded half after an aside naming some of the dead ("killed
 * four, among them a girl, and wounded nine") and victims counted as taken to hospital. Stories written for this test.
 */
class TollPhrasingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the wounded half after an aside naming some of the dead
      "Shelling of Avdiivka on Sunday killed five residents, among them a nurse, and wounded eleven.|5/11",
      "An artillery strike on Avdiivka on Sunday killed three civilians, among them a boy, and wounded eleven.|3/11",
      // victims taken to hospital are the wounded
      "Shells hit Avdiivka on Sunday; 23 people were taken to hospital, the mayor said.|null/23",
      "Rockets struck Avdiivka on Sunday. Six residents were rushed to the city hospital with shrapnel cuts.|null/6"
  })
  void theTollOfThePhrasing(String story, String toll) {
    assertThat(SundayStory.attackToll(story)).isEqualTo(toll);
  }
}
