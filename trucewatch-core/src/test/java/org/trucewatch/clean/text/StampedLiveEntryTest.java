package org.trucewatch.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.lang.LanguageDetector;

/**
 * A live page's entry that opens with an update stamp ("Updated 10:15 ...", "Posted at 9.40am: ...") is a sentence of
 * the story, not a page's "last updated" line: the cleaner dropped short ones whole, and with them a truce coming into
 * force or a strike (live24b). Pages written for this test, none copied from a real site.
 */
class StampedLiveEntryTest {

  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor(LanguageDetector.load());

  private static PageContent page(String entry) {
    return EXTRACTOR.extract("Live: the truce on the northern front\n\nSaturday 24 October 2020 - live coverage\n\n"
        + "08:05 Residents of the border villages say the night passed without gunfire for once.\n\n"
        + entry + "\n\n"
        + "11:30 Monitors of the mission say they will tour the front line in the afternoon with both sides.\n", null);
  }

  private static boolean kept(PageContent p, String start) {
    return p.body().stream().map(Block::text).anyMatch(t -> t.contains(start));
  }

  @Test
  void anUpdatedStampWithAClockOpensATruceEntry() {
    assertThat(kept(page("Updated 10:15 The humanitarian ceasefire between the two armies is now in force."),
        "humanitarian ceasefire")).isTrue();
  }

  @Test
  void anUpdatedAtStampWithMorningClockAndColonOpensAShellingEntry() {
    assertThat(kept(page("Updated at 9.40am: Shelling of the district centre resumed, the rescue service says."),
        "Shelling of the district")).isTrue();
  }

  @Test
  void aLastUpdatedStampWithZoneAndDashOpensAStrikeEntry() {
    assertThat(kept(page("Last updated 22:05 GMT - Drones struck a fuel depot outside the port, officials say."),
        "Drones struck")).isTrue();
  }

  @Test
  void aPostedStampWithADayInTheEntryIsStillTheEntry() {
    assertThat(kept(page("Posted at 14:32 Rockets hit the market on 24 October, killing two traders."),
        "Rockets hit the market")).isTrue();
  }

  @Test
  void aBareUpdateLineIsStillNoStorySentence() {
    assertThat(kept(page("Updated 10:15 GMT Sunday 25 October 2020"), "Updated 10:15")).isFalse();
  }
}
