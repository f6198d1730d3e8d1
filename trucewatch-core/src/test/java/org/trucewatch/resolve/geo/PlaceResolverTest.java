package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.resolve.geo.Place.Precision;

class PlaceResolverTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  private static List<PlaceMention> resolve(String text) {
    return R.resolve(text, G.find(text));
  }

  private static Place placeOf(String text, String surface) {
    List<Place> ps = resolve(text).stream().filter(m -> m.surface().equals(surface)).map(PlaceMention::place).toList();
    assertThat(ps).as("%s in: %s", surface, text).hasSize(1);
    return ps.get(0);
  }

  @Test
  void martuniBesideAskeranIsTheKarabakhTown() {
    String text = "Azerbaijani forces shelled civilian settlements in the areas of Martuni and Askeran on Saturday.";
    assertThat(placeOf(text, "Martuni").id()).isEqualTo("geonames:146969");
    assertThat(placeOf(text, "Askeran").country()).isEqualTo("AZ");
  }

  @Test
  void martuniInGegharkunikIsArmenias() {
    String text = "A shell landed near Martuni in Armenia's Gegharkunik province, the ministry said.";
    Place martuni = placeOf(text, "Martuni");
    assertThat(martuni.id()).isEqualTo("geonames:616438");
    assertThat(martuni.country()).isEqualTo("AM");
    assertThat(martuni.admin1()).isEqualTo("Gegharkunik");
  }

  @Test
  void aPartOfANamedPlaceIsNotItsNamesakeFarAway() {
    // Shahpur of Karnataka and Barnala of Indian Punjab are no part of Poonch or of Bhimber across the Line of Control
    assertThat(resolve("Pakistani troops shelled posts in the Shahpur sector of Poonch district on Saturday."))
        .extracting(PlaceMention::surface).doesNotContain("Shahpur").contains("Poonch");
    assertThat(resolve("A civilian was killed when troops fired on Barnala village in Bhimber on Saturday."))
        .extracting(PlaceMention::surface).doesNotContain("Barnala").contains("Bhimber");
    assertThat(resolve("Troops fired on the Jura sector of Pakistan-administered Kashmir."))
        .extracting(PlaceMention::surface).doesNotContain("Jura");
    // a part that lies where its holder is stays
    assertThat(placeOf("Shells hit the Zeitoun neighbourhood of Gaza City overnight.", "Zeitoun").country())
        .isEqualTo("PS");
  }

  @Test
  void aCountryAfterACommaPicksTheTownInIt() {
    assertThat(placeOf("A quake hit Armenia, Colombia, on Tuesday.", "Armenia").country()).isEqualTo("CO");
    assertThat(placeOf("Azerbaijan shelled Armenia on Tuesday.", "Armenia").precision()).isEqualTo(Precision.COUNTRY);
  }

  @Test
  void districtQualifierGivesDistrictPrecision() {
    assertThat(placeOf("Shelling hit the Shusha district overnight.", "Shusha").id()).isEqualTo("admin:AZ.55");
    assertThat(placeOf("Shelling hit Shusha overnight.", "Shusha").id()).isEqualTo("geonames:147105");
    assertThat(placeOf("Clashes on the border of Tovuz region.", "Tovuz").precision()).isEqualTo(Precision.DISTRICT);
    assertThat(placeOf("in the district of Fuzuli", "Fuzuli").precision()).isEqualTo(Precision.DISTRICT);
  }

  @Test
  void aPluralQualifierCoversTheWholeList() {
    List<PlaceMention> ms = resolve("Rockets fell on the Barda, Tartar and Aghjabadi regions and on Ganja.");
    assertThat(ms).extracting(PlaceMention::surface).containsExactly("Barda", "Tartar", "Aghjabadi", "Ganja");
    assertThat(ms.subList(0, 3)).allMatch(m -> m.place().precision() == Precision.DISTRICT);
    assertThat(ms.get(3).place().precision()).isEqualTo(Precision.PLACE);
  }

  @Test
  void cityQualifierGivesTheTown() {
    assertThat(placeOf("a missile hit the Azerbaijani city of Yevlax", "Yevlax").id()).isEqualTo("geonames:584649");
    assertThat(placeOf("missiles were fired at the region's main city Stepanakert", "Stepanakert").precision())
        .isEqualTo(Precision.PLACE);
  }

  @Test
  void districtAliasGroupsShareCoordinates() {
    Place askeran = placeOf("Fighting in the Askeran region went on.", "Askeran");
    Place khojaly = placeOf("Fighting in the Khojaly district went on.", "Khojaly");
    assertThat(askeran.id()).isEqualTo(khojaly.id());
    Place kashatagh = placeOf("Fighting in the Kashatagh region went on.", "Kashatagh");
    assertThat(kashatagh.id()).isEqualTo(placeOf("Fighting in the Lachin district went on.", "Lachin").id());
  }

  @Test
  void frontlineOnlyInADocumentAboutTheConflict() {
    Place front = placeOf("Azerbaijan said its forces came under fire on the frontline.", "frontline");
    assertThat(front.precision()).isEqualTo(Precision.REGION);
    assertThat(front.lat()).isEqualTo(G.lookup("Nagorno-Karabakh").orElseThrow().lat());
    // in news of another war, "the frontline" is that war's: the Donbas line of contact, never Karabakh's
    assertThat(placeOf("Ukrainian troops held the frontline near Bakhmut, Kyiv said.", "frontline").country())
        .isEqualTo("UA");
    assertThat(resolve("Police held the frontline of the protest in Paris."))
        .extracting(PlaceMention::surface).doesNotContain("frontline");
  }

  @Test
  void resolveKeepsOrderRolesAndAllReadings() {
    String text = "Azerbaijan's defence ministry said Martuni and Askeran were calm.";
    List<PlaceMention> found = G.find(text);
    List<PlaceMention> resolved = R.resolve(text, found);
    assertThat(resolved).extracting(PlaceMention::start).isSorted();
    for (int i = 0; i < found.size(); i++) {
      PlaceMention a = found.get(i);
      PlaceMention b = resolved.get(i);
      assertThat(b.role()).isEqualTo(a.role());
      assertThat(b.alternatives().size() + 1).isEqualTo(a.alternatives().size() + 1);
    }
  }

  @Test
  void badInputGivesAClearMessage() {
    assertThatThrownBy(() -> R.resolve(null, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> R.resolve("x", null)).isInstanceOf(IllegalArgumentException.class);
    List<PlaceMention> ms = G.find("Shelling of Ganja continued.");
    assertThatThrownBy(() -> R.resolve("short", ms)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the text");
    assertThat(R.resolve("", List.of())).isEmpty();
    assertThatThrownBy(() -> new PlaceResolver(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
