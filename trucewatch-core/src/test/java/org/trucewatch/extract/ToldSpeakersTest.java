package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who told an attack where the text names its speaker loosely: a longer name the dictionary knows only the head of,
 * a pronoun, a lone surname, a place a speaker listed before. Sentences written for this test, published Sunday 25
 * October 2020.
 */
class ToldSpeakersTest {

  @Test
  void aSourceTheDictionaryKnowsOnlyTheHeadOfKeepsItsWholeName() {
    List<Event> all = attacks("According to Armenia's Unified Infoline, Azerbaijani forces shelled Martuni on "
        + "Saturday.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.claimedBy()).singleElement().asString()
        .contains("Unified Infoline"));
  }

  @Test
  void aPronounSpeakerKeepsTheWordsItsAntecedentWasNamedBy() {
    List<Event> all = attacks("Azerbaijan's State Border Service said Armenian forces shelled Tartar on Saturday. "
        + "It said Armenian forces also shelled Barda on Saturday.");
    assertThat(all).filteredOn(e -> e.location() != null && e.location().name().equals("Barda")).singleElement()
        .satisfies(e -> assertThat(e.claims()).singleElement().satisfies(c -> assertThat(c.written())
            .isEqualTo("Azerbaijan's State Border Service")));
  }

  @Test
  void aLoneSurnameSpeaksAsThePersonNamedBefore() {
    List<Event> all = attacks("Armenian shelling killed four civilians in Tartar region on Saturday, regional "
        + "governor Rustam Kerimzadin said.", "Residents said they had spent the night in basements.",
        "A shell killed two people in Barda on Saturday, Kerimzadin wrote on Facebook.");
    assertThat(all).filteredOn(e -> e.location() != null && e.location().name().equals("Barda")).singleElement()
        .satisfies(e -> assertThat(e.claimedBy()).singleElement().asString()
            .isEqualTo("regional governor Rustam Kerimzadin"));
  }

  @Test
  void anUnattributedAttackAtAPlaceASpeakerListedIsThatSpeakers() {
    List<Event> all = attacks("Two people died in Barda and two in Goranboy on Saturday, regional governor Rustam "
        + "Kerimzadin said.", "Residents said they had spent the night in basements.",
        "In Goranboy, a shell hit a house on Saturday morning.");
    assertThat(all).filteredOn(e -> e.location() != null && e.location().name().equals("Goranboy")).singleElement()
        .satisfies(e -> assertThat(e.claimedBy()).singleElement().asString()
            .isEqualTo("regional governor Rustam Kerimzadin"));
  }

  @Test
  void aPlaceTwoSpeakersListedLendsNoSpeaker() {
    List<Event> all = attacks("Two people died in Barda and two in Goranboy on Saturday, regional governor Rustam "
        + "Kerimzadin said.", "A farmer was wounded in Goranboy, local police chief Elnur Hasanzadin said.",
        "Residents said they had spent the night in basements.",
        "In Goranboy, a shell hit a house on Saturday morning.");
    assertThat(all).filteredOn(e -> e.location() != null && e.location().name().equals("Goranboy")
        && e.evidence().get(0).text().startsWith("In Goranboy")).allSatisfy(e -> assertThat(e.claimedBy()).isEmpty());
  }
}
