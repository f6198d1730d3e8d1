package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gives a count ("put the number of dead at 16", "gave a figure of 9 dead") speaks for it, also past an
 * aside before the verb; and a country's name that opens a longer name ("the Sudan Doctors Network") is a word of a
 * body the dictionary does not know, not the speaker; and the "of" words of a ministry's name ("Lebanon's Ministry
 * of Public Health", "The Ministry of Public Works (MPW) in Gaza") stay in the speaker's name. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class CountGiverSpeakerTest {

  private static List<Event> reports(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs);
  }

  @Test
  void whoPutsTheNumberOfDeadAtAFigureGivesIt() {
    List<Event> tolls = reports("Rockets slammed into a market in Ashkelon on Saturday. Magen David Adom later put "
        + "the number of dead at 16 and the number of wounded at 40.");
    assertThat(tolls).anyMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("Magen David Adom")));
  }

  @Test
  void whoGivesAFigureOfDeadGivesIt() {
    List<Event> tolls = reports("Rockets slammed into a market in Ashkelon on Saturday. Magen David Adom gave a "
        + "figure of 9 dead, two of them children.");
    assertThat(tolls).anyMatch(e -> e.casualties() != null && Integer.valueOf(9).equals(e.casualties().killed())
        && e.claimedBy().stream().anyMatch(c -> c.contains("Magen David Adom")));
  }

  @Test
  void whoGivesAFirstCountOfDeadGivesIt() {
    Event tartar = SundayStory.at(SundayStory.attacks("Shells fell on a bus station in Tartar on Saturday. The "
        + "district governor gave a first count of six dead and ten wounded."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("district governor"));
  }

  @Test
  void whoRaisesTheFigureGivesIt() {
    Event tartar = SundayStory.at(SundayStory.attacks("Shells fell on a bus station in Tartar on Saturday. The "
        + "district governor later raised the figure to six dead."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("district governor"));
  }

  @Test
  void aCountAfterAnAsideAndAnAdverbIsTheSubjectsNotTheAsides() {
    List<Event> tolls = reports("Turkish drones hit a convoy near Qamishli on Saturday. The Syrian Observatory for "
        + "Human Rights, which relies on informants across the region, now puts the death toll at 12.");
    assertThat(tolls).anyMatch(e -> e.casualties() != null && Integer.valueOf(12).equals(e.casualties().killed())
        && e.claimedBy().stream().anyMatch(c -> c.contains("Observatory")));
  }

  @Test
  void aCountrysNameOpeningALongerNameIsNotTheSpeaker() {
    Event obeid = SundayStory.at(SundayStory.attacks("RSF fighters shelled El Obeid on Saturday, killing five "
        + "people, the Sudan Medics Union said."), "El Obeid");
    assertThat(obeid.claimedBy()).anyMatch(c -> c.contains("Sudan Medics Union"));
    Event kadugli = SundayStory.at(SundayStory.attacks("The Sudan Medics Union, whose volunteers reached the town "
        + "on Sunday, said RSF fighters shelled Kadugli on Saturday."), "Kadugli");
    assertThat(kadugli.claimedBy()).anyMatch(c -> c.contains("Sudan Medics Union"));
  }

  @Test
  void aCountrysOwnBodyStillSpeaksAsTheCountry() {
    Event obeid = SundayStory.at(SundayStory.attacks("Sudan's army said RSF fighters shelled El Obeid on "
        + "Saturday."), "El Obeid");
    assertThat(obeid.claimedBy()).anyMatch(c -> c.contains("Sudan"));
  }

  @Test
  void aMinistrysOfWordsAfterTheCountrysMinistryAreKept() {
    Event bint = SundayStory.at(SundayStory.attacks("Lebanon's Ministry of Public Health said an Israeli drone struck "
        + "a car near Bint Jbeil on Saturday, killing two men."), "Bint Jbeil");
    assertThat(bint.claimedBy()).anyMatch(c -> c.contains("Ministry of Public Health"));
  }

  @Test
  void aLongNameJoinedByOfIsNotCutAtItsOf() {
    Event rafah = SundayStory.at(SundayStory.attacks("The Ministry of Public Works (MPW) in Gaza said Israeli aircraft "
        + "struck a house in Rafah on Saturday."), "Rafah");
    assertThat(rafah.claimedBy()).anyMatch(c -> c.contains("Ministry of Public Works"));
  }
}
