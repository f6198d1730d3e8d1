package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Raids told by the places they fell on, with no verb of carrying them out (the rule {@code raids_on_place} of
 * attacks.rules): each place listed after "raids on" gets its air strike; police raids and raids named as what came
 * before or after something get none ("the raid" told back: CalmNewsFifteenTest). Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class RaidsOnPlacesTest {

  private static void attackAt(String sentence, String place) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> {
          assertThat(e.location().name()).as(sentence).contains(place);
          assertThat(e.subtype()).as(sentence).isEqualTo("air_drone_strike");
        });
  }

  @Test
  void eachPlaceListedAfterRaidsOnHasItsAttack() {
    String sentence = "The alliance replied on Sunday with a string of night raids on Taiz, the southern city of Aden"
        + " and the rebel bastion of Saada, the news agency said.";
    attackAt(sentence, "Taiz");
    attackAt(sentence, "Aden");
    attackAt(sentence, "Saada");
  }

  @Test
  void raidsDatedBeforeOnPositionsNearAPlaceAreAnAttack() {
    attackAt("A monitoring group reported another round of raids late on Sunday on positions near the city of Ibb.",
        "Ibb");
  }

  @Test
  void raidsOnTownsInADistrictFallOnTheDistrict() {
    String sentence = "Coalition warplanes kept up raids on villages in the Taiz district on Sunday, residents said.";
    assertThat(attacks(sentence)).as(sentence).singleElement()
        .satisfies(e -> assertThat(e.location().surface()).isEqualTo("Taiz"));
  }

  @Test
  void policeRaidsAndRaidsNamedAsWhatCameBeforeAreNoAttack() {
    assertThat(attacks("Police raids on Aden on Sunday netted three suspected smugglers.")).isEmpty();
    assertThat(attacks("Such threats have often come just before raids on Sanaa, analysts noted.")).isEmpty();
  }
}
