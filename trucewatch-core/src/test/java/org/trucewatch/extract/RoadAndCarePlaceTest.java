package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A road named by its two ends ("the X-Y highway") is one stretch, told at its first end; the town the wounded are
 * brought to ("taken to a hospital in X") is no place of attack. Sentences written for this test, dated against
 * Sunday 25 October 2020.
 */
class RoadAndCarePlaceTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.location() == null ? null : e.location().surface()).toList();
  }

  @Test
  void aHighwayNamedByItsEndsIsOnePlace() {
    assertThat(places("Russian forces shelled a bus on the Kramatorsk-Sloviansk highway on Saturday, killing two "
        + "passengers, regional officials said.")).containsExactly("Kramatorsk");
  }

  @Test
  void aRoadWithAnEnDashIsOnePlace() {
    assertThat(places("Two soldiers died on Saturday when their lorry struck a landmine on the Tyre–Sidon road."))
        .doesNotContain("Sidon");
  }

  @Test
  void aSectionOfTheFrontNamedByItsEndsIsOnePlace() {
    assertThat(places("Heavy fighting broke out on Saturday along the Aden-Taiz section of the front line, the "
        + "army said.")).doesNotContain("Taiz");
  }

  @Test
  void theTownTheWoundedWereTakenToIsNoPlace() {
    assertThat(places("An Israeli drone struck a car in Tyre on Saturday, and the wounded were taken to a hospital "
        + "in Sidon.")).contains("Tyre").doesNotContain("Sidon");
  }

  @Test
  void theTownsCasualtiesWereFerriedToAreNoPlaces() {
    assertThat(places("Rebel fighters attacked army posts near Marib on Saturday, and trucks were seen ferrying "
        + "casualties to hospitals in Sanaa and Dhamar.")).doesNotContain("Sanaa", "Dhamar");
  }

  @Test
  void theTownTheHurtWereRushedToIsNoPlace() {
    assertThat(places("Shells hit Bakhmut on Saturday, wounding three civilians who were rushed to the regional "
        + "clinic in Kramatorsk, medics said.")).contains("Bakhmut").doesNotContain("Kramatorsk");
  }

  @Test
  void theTownsTheWoundedWereDrivenToInTheNextSentenceAreNoPlaces() {
    assertThat(places("Rebel artillery shelled army positions near Marib on Saturday, the army said.",
        "Ambulances took the wounded to hospitals in the city as well as in Sanaa and Dhamar, a medic said."))
        .doesNotContain("Sanaa", "Dhamar");
  }

  @Test
  void theHospitalNamedByItsTownIsNoPlace() {
    // the wounded are driven to a medical centre that bears a town's name, written with its other name in brackets
    assertThat(places("A rocket slammed into a house in Nahariya on Saturday, and two men hurt by its fragments "
        + "were driven to Safed (Ziv) Medical Center.")).doesNotContain("Safed");
  }

  @Test
  void theTownWhereAWoundedChildLiesIsNoPlace() {
    assertThat(places("Shells hit a street in Avdiivka on Saturday, officials said. One girl was in intensive care in "
        + "the town of Kramatorsk and her brother was wounded in the arm.")).doesNotContain("Kramatorsk");
  }

  @Test
  void theCityHostingTruceTalksIsNoPlace() {
    assertThat(places("Israeli jets struck a house in Rafah on Saturday, and Hamas said the raid showed Israel "
        + "wanted no truce from the talks under way in Cairo.")).doesNotContain("Cairo");
  }

  @Test
  void theCityADiplomaticProcessIsNamedAfterIsNoPlace() {
    assertThat(places("Rebels seized two army bases near Marib on Saturday, the very demand on which the Muscat "
        + "process broke down, the government said.")).doesNotContain("Muscat");
  }
}
