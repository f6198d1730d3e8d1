package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a city's parts are called in a war story: "the capital" after the capital was named refers back to it, not to
 * the capital of a mediator's country named earlier; a neighbourhood named after a far city ("the Cairo district" of
 * a Darfur town) is not that city. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class CityPartsTest {

  private static List<String> countries(String... paragraphs) {
    return SundayStory.of(EventType.ATTACK, paragraphs).stream().filter(e -> e.location() != null)
        .map(e -> e.location().surface() + "/" + e.location().country()).toList();
  }

  @Test
  void theCapitalIsTheCapitalTheSentenceNamed() {
    assertThat(countries("Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Saturday.",
        "On Sunday residents said RSF artillery shelled the north of Khartoum and drones struck the south of the "
            + "capital."))
        .isNotEmpty().allMatch(p -> p.endsWith("/SD"));
  }

  @Test
  void aCapitalNamedForItsGovernmentIsNotTheOneMeant() {
    assertThat(countries("The army and the Rapid Support Forces fought on in Sudan. A 72-hour truce brokered by "
        + "Washington took hold on Sunday, yet air strikes and artillery fire never stopped in the capital."))
        .noneMatch(p -> p.endsWith("/US"));
  }

  @Test
  void aQuarterNamedAfterAFarCityIsNotThatCity() {
    assertThat(countries("Sudanese army jets struck Rapid Support Forces positions in Nyala on Sunday, hitting sites "
        + "in the Cairo and Al-Wadi districts, residents said."))
        .isNotEmpty().allMatch(p -> p.endsWith("/SD"));
    assertThat(countries("Sudanese army drones struck Rapid Support Forces fighters in El Obeid on Sunday; a market "
        + "in the Baghdad neighbourhood was hit, residents said."))
        .isNotEmpty().allMatch(p -> p.endsWith("/SD"));
  }
}
