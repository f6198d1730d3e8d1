package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker the dictionary does not know, standing after the verb that closes a quote ('"...," said a
 * fisherman who ...'), is named as written (its noun phrase, without the relative clause); and a body's office named
 * with a long possessive ("The Health Ministry's public health emergency operations centre") is a speaker too.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class InvertedWrittenSpeakerTest {

  @Test
  void aWrittenSpeakerAfterTheQuoteClosingVerbIsNamed() {
    Event kadugli = SundayStory.at(SundayStory.attacks("\"RSF fighters shelled Kadugli on Saturday and burned the "
        + "market,\" said a 52-year-old fisherman who asked not to be named."), "Kadugli");
    assertThat(kadugli.claimedBy()).anyMatch(c -> c.contains("fisherman"));
    assertThat(kadugli.claimedBy()).noneMatch(c -> c.contains("asked"));
  }

  @Test
  void aSpeakerAfterTheQuoteStopsAtItsPlace() {
    Event kadugli = SundayStory.at(SundayStory.attacks("\"RSF fighters shelled Kadugli on Saturday,\" said a "
        + "teacher in the town."), "Kadugli");
    assertThat(kadugli.claimedBy()).anyMatch(c -> c.contains("teacher")).noneMatch(c -> c.contains("town"));
  }

  @Test
  void aBodysOfficeWithALongPossessiveNameSpeaks() {
    Event bint = SundayStory.at(SundayStory.attacks("The Health Ministry's public health emergency operations centre "
        + "said an Israeli drone struck a car near Bint Jbeil on Saturday, killing two men."), "Bint Jbeil");
    assertThat(bint.claimedBy()).anyMatch(c -> c.contains("Health Ministry"));
  }
}
