package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live page tells its newest entry first: a belligerent's denial on top answers the allegations against its camp in
 * the entries below it, those of the nearest one's day only; on a page that is no live blog it answers nothing below.
 * Entries written for this test, read against Sunday 25 October 2020.
 */
class LiveBlogDenialTest {

  private static final String DENIAL = "Azerbaijan's defence ministry rejected the Armenian account as a lie.";
  private static final String ALLEGATION = "The Armenian defence ministry said Azerbaijani artillery shelled Goris "
      + "and Kapan on Sunday evening, wounding two civilians.";
  private static final String OLDER = "The Armenian defence ministry said Azerbaijani troops had fired on Tegh "
      + "on Friday, wounding a soldier.";

  @Test
  void theNewestEntrysDenialAnswersTheAllegationsBelowIt() {
    List<Event> found = SundayStory.attacks("Live: fighting flares on the border", "22:15 " + DENIAL,
        "21:30 " + ALLEGATION, "09:10 " + OLDER);
    assertThat(SundayStory.at(found, "Goris").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
    assertThat(SundayStory.at(found, "Kapan").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
    assertThat(SundayStory.at(found, "Tegh").deniedBy()).isEmpty();
  }

  @Test
  void aDenialOnTopOfAStoryThatIsNoLiveBlogAnswersNothingBelow() {
    List<Event> found = SundayStory.attacks(DENIAL, ALLEGATION);
    assertThat(SundayStory.at(found, "Goris").deniedBy()).isEmpty();
  }
}
