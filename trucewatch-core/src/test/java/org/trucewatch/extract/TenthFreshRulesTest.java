package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules read from the tenth round's fresh reports: a denial whose own attack words name no place denies the attack
 * told before, a day's possessive dates its own noun only, fire sent "from" the ground near a town does not hit that
 * town, a name after a conjunction the tagger reads as a preposition ("as") is the subject of the verb after it, and
 * a place in the office of a speaker named after the attack ("..., the governor of Hatay province said") is not where
 * it hit.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TenthFreshRulesTest {

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aDenialThatNamesNoPlaceDeniesTheAttackToldBefore() {
    assertThat(of(EventType.ATTACK, "Rockets slammed into Kramatorsk on Saturday, killing 11 people, Ukrainian "
        + "officials said.", "Rebel commanders in Donetsk denied they had fired at the town."))
        .filteredOn(e -> e.location() != null && e.location().surface().equals("Kramatorsk")).singleElement()
        .satisfies(e -> assertThat(e.claims()).anyMatch(c -> c.stance() == Stance.DENIES));
  }

  @Test
  void aDaysPossessiveDatesItsOwnNounNotAStrikeFurtherOff() {
    assertThat(of(EventType.ATTACK, "The army confirms it carried out a targeted strike in Beirut on the man it "
        + "blames for Friday's rocket that killed four teenagers in Majdal Shams."))
        .filteredOn(e -> e.location() != null && e.location().surface().equals("Beirut"))
        .extracting(Event::date).contains(LocalDate.of(2020, 10, 25)).doesNotContain(LocalDate.of(2020, 10, 23));
  }

  @Test
  void fireSentFromGroundNearATownDoesNotHitThatTown() {
    assertThat(of(EventType.ATTACK, "Kyiv blamed the rebels, saying the rockets that hit the airfield on Saturday "
        + "were fired from rebel-held territory near Horlivka."))
        .noneMatch(e -> e.location() != null && e.location().surface().equals("Horlivka"));
  }

  @Test
  void aNameAfterAsAndBeforeAVerbIsItsSubject() {
    assertThat(of(EventType.ATTACK, "A Border Security Force head constable was killed on Saturday as Pakistan "
        + "Rangers fired mortar shells at border outposts in Jammu, officials said."))
        .extracting(Event::perpetratorSide).containsOnly("PK");
  }

  @Test
  void aPlaceInTheSpeakersOfficeAfterTheAttackIsNotWhereItHit() {
    assertThat(of(EventType.ATTACK, "Nine soldiers were killed in an air strike by government forces in Syria's "
        + "Idlib region on Saturday evening, the governor of Turkey's southern Hatay province said, the worst loss "
        + "in weeks."))
        .noneMatch(e -> e.location() != null && e.location().surface().equals("Hatay"));
  }
}
