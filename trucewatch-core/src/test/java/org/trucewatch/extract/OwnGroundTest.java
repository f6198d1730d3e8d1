package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fire from afar on a side's own camp's ground is not that side's: the ground is told by the profile's territory names,
 * by a country named as a camp's territory, or, for an air strike in a country split between the camps, by the
 * province. Places and sides made up for this test.
 */
class OwnGroundTest {

  private static Location at(String name, String country, String admin1) {
    return new Location(name, 0, 0, country, admin1, "place", name);
  }

  @Test
  void aVillageOfACountryNamedAsTheCampsTerritoryIsItsOwnGround() {
    // a group whose camp holds the whole of a state party's country ("fire from Luxembourg is the militia's")
    Sides sides = new Sides("x", List.of(List.of("DE"), List.of("MILITIA", "LU")), Map.of(),
        Map.of("luxembourg", "MILITIA"));
    List<Location> village = List.of(at("Ostdorf", "LU", "Nordbezirk"));
    assertThat(OwnGround.hit("air_drone_strike", village, "MILITIA", sides)).isTrue();
    assertThat(OwnGround.hit("shelling", village, "LU", sides)).isTrue();
    assertThat(OwnGround.hit("air_drone_strike", village, "DE", sides)).isFalse();
    // a clash may be fought on either side's ground
    assertThat(OwnGround.hit("armed_clash", village, "MILITIA", sides)).isFalse();
    // a region of that country (a border strip) may be held across the line
    Location strip = new Location("Grenzstreifen", 0, 0, "LU", "Nordbezirk", "region", "Grenzstreifen");
    assertThat(OwnGround.hit("shelling", List.of(strip), "MILITIA", sides)).isFalse();
  }

  @Test
  void inASplitCountryTheProvinceSaysWhoseGroundItIs() {
    // the state is of one camp, the country's name the rebels' territory: only the rebels' provinces are theirs
    Sides sides = new Sides("x", List.of(List.of("BE", "ALLY"), List.of("REBELS")), Map.of(),
        Map.of("belgium", "REBELS", "hautplateau", "REBELS"));
    List<Location> held = List.of(at("Port-Rouge", "BE", "Hautplateau"));
    List<Location> other = List.of(at("Basville", "BE", "Littoral"));
    assertThat(OwnGround.hit("air_drone_strike", held, "REBELS", sides)).isTrue();
    assertThat(OwnGround.hit("air_drone_strike", held, "ALLY", sides)).isFalse();
    assertThat(OwnGround.hit("shelling", other, "REBELS", sides)).isFalse();
    // every place must be the camp's ground
    assertThat(OwnGround.hit("air_drone_strike", List.of(held.get(0), other.get(0)), "REBELS", sides)).isFalse();
  }

  @Test
  void shellingInASplitCountrysProvinceMayCrossItsFront() {
    Sides sides = new Sides("x", List.of(List.of("BE", "ALLY"), List.of("REBELS")), Map.of(),
        Map.of("belgium", "REBELS", "hautplateau", "REBELS"));
    assertThat(OwnGround.hit("shelling", List.of(at("Port-Rouge", "BE", "Hautplateau")), "REBELS", sides)).isFalse();
    // a state party's own country says nothing unless the profile names it as a camp's territory
    Sides plain = new Sides("x", List.of(List.of("FR"), List.of("BAND")), Map.of(), Map.of("marche sud", "BAND"));
    assertThat(OwnGround.hit("air_drone_strike", List.of(at("Lyonnet", "FR", "Marche Sud")), "BAND", plain))
        .isFalse();
  }

  @Test
  void aPlaceNamedAsTerritoryStillDecidesFirst() {
    Sides sides = new Sides("x", List.of(List.of("DE"), List.of("MILITIA", "LU")), Map.of(),
        Map.of("luxembourg", "MILITIA", "grenzhof", "DE"));
    assertThat(OwnGround.hit("shelling", List.of(at("Grenzhof", "LU", "Nordbezirk")), "MILITIA", sides)).isFalse();
    assertThat(OwnGround.hit("shelling", List.of(at("Grenzhof", "LU", "Nordbezirk")), "DE", sides)).isTrue();
  }
}
