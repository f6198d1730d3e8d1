package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speech verb in the present tense that the tagger misreads ("say" as an adjective, "reports" and "confirms" as
 * nouns) still names its speaker: "Officials in the district say ...", "NNA reports strikes on ...", "The health
 * office confirms: ...". Sentences written for this test, dated against Sunday 25 October 2020.
 */
class PresentSpeechVerbTest {

  private static List<String> claimants(String story) {
    List<Event> attacks = SundayStory.attacks(story);
    assertThat(attacks).as(story).isNotEmpty();
    return attacks.get(0).claimedBy();
  }

  @Test
  void aPluralSayAfterASubjectWithAPlaceNamesTheSpeaker() {
    assertThat(claimants("Officials in Poonch say Indian troops fired mortars at Kotli on Saturday."))
        .anyMatch(c -> c.contains("Officials"));
  }

  @Test
  void aPresentTenseAfterANamedSpeakerIsItsVerbBeforeANoun() {
    assertThat(claimants("Lebanon's state news agency NNA reports strikes on the outskirts of Marjayoun on Saturday."))
        .anyMatch(c -> c.contains("News Agency") || c.contains("NNA"));
  }

  @Test
  void aSpeechWordBeforeAColonOpensWhatItSays() {
    assertThat(claimants("The district health office confirms: an Armenian shell hit a house in Tartar on Saturday, "
        + "killing one man.")).anyMatch(c -> c.contains("health office"));
  }

  @Test
  void aClaimNounAfterADemonymIsNoVerb() {
    // ("Azerbaijani claims of ...": the noun stays a noun, so the side is no speaker of its own)
    List<Event> attacks = SundayStory.attacks("Armenian forces shelled Tartar on Saturday, the ministry said, "
        + "rejecting Azerbaijani claims of a ceasefire.");
    assertThat(attacks).isNotEmpty().allMatch(e -> e.claimedBy().stream().noneMatch(c -> c.contains("Azerbaijan")));
  }

  @Test
  void aPluralPresentAfterAPluralSpeakerHeadNamesTheSpeaker() {
    // ("report" read as the noun of a compound, "media report", would leave the strike without a speaker)
    assertThat(claimants("Local media report Israeli air strikes on Nabatieh on Saturday."))
        .anyMatch(c -> c.contains("media"));
    assertThat(claimants("Residents report heavy Indian shelling of Kotli on Saturday."))
        .anyMatch(c -> c.contains("Residents"));
  }
}
