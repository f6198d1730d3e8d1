package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrayNamesakesTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  private static List<String> surfaces(String text) {
    return R.resolve(text, G.find(text)).stream().map(PlaceMention::surface).toList();
  }

  @Test
  void aSmallTownOfAnotherContinentAmidOneProvincesVillagesIsNoPlaceOfTheStory() {
    // every other name lies in one Armenian border province; a small Sindh town is no reading of the same story
    String text = "Gunfire from across the border hit homes in Ijevan, Dilijan and Noyemberyan overnight, and a barn "
        + "in Kandiaro burned down, officials in Tavush said.";
    assertThat(surfaces(text)).contains("Ijevan", "Dilijan", "Noyemberyan").doesNotContain("Kandiaro");
  }

  @Test
  void theSameTownStaysWhereItsCountryIsPartOfTheStory() {
    String text = "Gunfire hit homes in Ijevan and Dilijan, while in Pakistan a barn in Kandiaro burned down.";
    assertThat(surfaces(text)).contains("Kandiaro");
  }

  @Test
  void aStoryOfTwoPlacesOutvotesNothing() {
    assertThat(surfaces("Shelling hit Ijevan, and a barn in Kandiaro burned down.")).contains("Kandiaro");
  }

  @Test
  void countriesNamedAsWorldNewsDoNotOutvoteATown() {
    String text = "Gunfire hit Ijevan overnight; the United States and France urged calm, and a barn in Kandiaro burned.";
    assertThat(surfaces(text)).contains("Kandiaro");
  }
}
