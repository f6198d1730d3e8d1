package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers and deniers of the eighteenth round: a camp that does not accept the other camp's account of its own act
 * denies it; "called that claim a lie", "described it as disinformation"; the words before a speech verb that follow a
 * subordinator, or a preposition, are not the speaker's name; a statement's heading with its date in brackets.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttributionEighteenTest {

  @Test
  void aCampThatDoesNotAcceptTheOthersAccountOfItsOwnActDeniesIt() {
    Event vodiane = SundayStory.at(SundayStory.attacks("The separatists said on Saturday that they had captured the "
        + "village of Vodiane.", "Ukraine's military did not accept the account."), "Vodiane");
    assertThat(vodiane.deniedBy()).anyMatch(c -> c.contains("Ukrain"));
    Event hadrut = SundayStory.at(SundayStory.attacks("Azerbaijan's defence ministry said its troops had taken the "
        + "town of Hadrut on Saturday.", "Armenia's defence ministry refused to accept the claim."), "Hadrut");
    assertThat(hadrut.deniedBy()).anyMatch(c -> c.contains("Armenia"));
  }

  @Test
  void aClaimCalledALieOrDescribedAsDisinformationIsDenied() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("Separatist shells hit Avdiivka on Saturday, Ukraine's "
        + "military said.", "The separatists called that claim a lie."), "Avdiivka");
    assertThat(avdiivka.deniedBy()).anyMatch(c -> c.contains("DPR") || c.contains("separatist"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Azerbaijani drones struck Stepanakert on Saturday, "
        + "Armenian officials said.", "Baku described it as disinformation."), "Stepanakert");
    assertThat(stepanakert.deniedBy()).anyMatch(c -> c.contains("Azerbaijan"));
  }

  @Test
  void wordsBeforeASubordinatorAreNoSpeaker() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("Shells hit a school in Avdiivka on Saturday, only hours "
        + "after he told reporters that the separatists were shelling the town."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).noneMatch(c -> c.contains("after") || c.contains("hours"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Drones struck Stepanakert on Saturday, minutes before "
        + "she told a news conference that Azerbaijani forces were bombing the city."), "Stepanakert");
    assertThat(stepanakert.claimedBy()).noneMatch(c -> c.contains("before") || c.contains("minutes"));
  }

  @Test
  void aLongSpeakersNameIsItsHeadNotAPrepositionsObject() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("The head of the health department for the southern "
        + "districts of the region said three people were killed when shells hit Avdiivka on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("head of the health department"))
        .noneMatch(c -> c.contains("districts"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("The chief doctor of the central hospital in the northern "
        + "part of the city reported that drones struck Stepanakert on Saturday, wounding five."), "Stepanakert");
    assertThat(stepanakert.claimedBy()).anyMatch(c -> c.contains("chief doctor")).noneMatch(c -> c.contains("part"));
  }

  @Test
  void aStatementsHeadingWithItsDateInBracketsNamesTheIssuer() {
    Event kafr = SundayStory.at(SundayStory.attacks("Daily bulletin of the Russian Centre for Reconciliation of "
        + "Opposing Sides in the Syrian Arab Republic (as of 18:00 on Sunday, 25 October 2020)",
        "Militants of Jabhat al-Nusra shelled the settlement of Kafr Nabl with mortars on Saturday."), "Kafr");
    assertThat(kafr.claimedBy()).anyMatch(c -> c.contains("Reconciliation"));
    Event avdiivka = SundayStory.at(SundayStory.attacks("Operational update of the General Staff of the Armed "
        + "Forces of Ukraine (as of 08:00 on Sunday, 25 October 2020)",
        "The occupiers shelled our positions near Avdiivka with mortars on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("General Staff"));
  }
}
