package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers of the nineteenth round, general in news language: an accusation verb ("accused", "blamed") whose subject
 * the dictionary does not know still has that subject as its speaker; a speaker's noun phrase followed by a participle
 * phrase ("residents reached by phone", "witnesses quoted by local media") is its head. Sentences written for this
 * test, dated against Sunday 25 October 2020.
 */
class AttributionNineteenTest {

  @Test
  void anAccusersNameOutsideTheDictionaryIsTheSpeaker() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("Local officials accused separatist forces of shelling a "
        + "school in Avdiivka on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("officials"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Hospital staff blamed Azerbaijani drones for the strike "
        + "on a market in Stepanakert on Saturday."), "Stepanakert");
    assertThat(stepanakert.claimedBy()).anyMatch(c -> c.contains("Hospital staff"));
    Event tartar = SundayStory.at(SundayStory.attacks("Shells hit houses in Tartar on Saturday. "
        + "The district's administration blamed Armenian artillery for the attack."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.contains("administration"));
  }

  @Test
  void aSpeakerFollowedByAParticiplePhraseIsItsHead() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("Residents reached by telephone said shells hit a school "
        + "in Avdiivka on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.equals("Residents"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Drones struck the central market in Stepanakert on "
        + "Saturday, witnesses quoted by a local radio station said."), "Stepanakert");
    assertThat(stepanakert.claimedBy()).anyMatch(c -> c.equals("witnesses"));
    Event tartar = SundayStory.at(SundayStory.attacks("Two doctors speaking from the town's hospital said "
        + "Armenian rockets had hit Tartar on Saturday."), "Tartar");
    assertThat(tartar.claimedBy()).anyMatch(c -> c.equals("Two doctors"));
  }

  @Test
  void aPronounSpeakerIsTheSpeakerNamedBeforeOutsideTheDictionary() {
    Event marinka = SundayStory.at(SundayStory.attacks("The regional rescue service said shells hit a school in "
        + "Avdiivka on Saturday.", "It said a second barrage struck Marinka on Saturday evening."), "Marinka");
    assertThat(marinka.claimedBy()).anyMatch(c -> c.contains("rescue service"));
    Event martuni = SundayStory.at(SundayStory.attacks("The town's chief doctor said three people were wounded when "
        + "shells hit Stepanakert on Saturday.", "He said drones had also struck Martuni on Saturday night."),
        "Martuni");
    assertThat(martuni.claimedBy()).anyMatch(c -> c.contains("chief doctor"));
    Event barda = SundayStory.at(SundayStory.attacks("Rockets hit Tartar on Saturday, the district's emergency "
        + "committee said.", "Shells also landed in Barda on Saturday night, it added."), "Barda");
    assertThat(barda.claimedBy()).anyMatch(c -> c.contains("emergency committee"));
  }

  @Test
  void aPersonalPronounDoesNotPointBackToABody() {
    Event marinka = SundayStory.at(SundayStory.attacks("The regional rescue service said shells hit a school in "
        + "Avdiivka on Saturday.", "He said a second barrage struck Marinka on Saturday evening."), "Marinka");
    assertThat(marinka.claimedBy()).noneMatch(c -> c.contains("rescue service"));
  }

  @Test
  void aNamedBodyReportingAFigureInAHeadlineSpeaksForIt() {
    assertThat(SundayStory.of(EventType.CASUALTY_REPORT, "Drones strike Martuni; Karabakh army reports two dead",
        "Drones struck Martuni on Saturday.")).anyMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("Karabakh")));
    assertThat(SundayStory.of(EventType.CASUALTY_REPORT, "Avdiivka shelled again as Ukrainian army reports three "
        + "wounded", "Shells hit Avdiivka on Saturday.")).anyMatch(e -> e.claimedBy().stream()
        .anyMatch(c -> c.contains("Ukrain")));
  }

  @Test
  void aCampDenyingThatTheOthersClaimedGainHappenedDeniesIt() {
    Event vodiane = SundayStory.at(SundayStory.attacks("The separatists said on Saturday that they had captured the "
        + "village of Vodiane.", "Ukraine's military denied that the village had fallen."), "Vodiane");
    assertThat(vodiane.deniedBy()).anyMatch(c -> c.contains("Ukrain"));
    Event hadrut = SundayStory.at(SundayStory.attacks("Azerbaijan's defence ministry said its troops had taken the "
        + "town of Hadrut on Saturday.", "Armenian officials denied that Hadrut was under Azerbaijani control."),
        "Hadrut");
    assertThat(hadrut.deniedBy()).anyMatch(c -> c.contains("Armenia"));
  }

  @Test
  void aSpeakerSayingItsSideTookNoPartDeniesTheAttack() {
    Event avdiivka = SundayStory.at(SundayStory.attacks("Shells hit a school in Avdiivka on Saturday, Ukraine's "
        + "military said.", "The separatists said their units were not a party to the fighting."), "Avdiivka");
    assertThat(avdiivka.deniedBy()).anyMatch(c -> c.contains("DPR") || c.contains("separatist")
        || c.contains("Donetsk"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Drones struck Stepanakert on Saturday, Armenian "
        + "officials said.", "Baku said its army had no role in the strike."), "Stepanakert");
    assertThat(stepanakert.deniedBy()).anyMatch(c -> c.contains("Azerbaijan"));
  }

  @Test
  void anAppositionWithARelativeClauseIsNoPartOfTheSpeakersClause() {
    Event vodiane = SundayStory.at(SundayStory.attacks("The separatists said on Saturday that they had captured the "
        + "village of Vodiane.", "Ukraine's military, troops who still hold the line there, denied that the village "
        + "had fallen."), "Vodiane");
    assertThat(vodiane.deniedBy()).anyMatch(c -> c.contains("Ukrain"));
    Event avdiivka = SundayStory.at(SundayStory.attacks("Local rescuers, volunteers who reached the site first, said "
        + "shells hit a school in Avdiivka on Saturday."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("rescuers"));
  }
}
