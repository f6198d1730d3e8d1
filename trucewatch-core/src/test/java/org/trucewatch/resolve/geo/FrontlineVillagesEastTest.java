package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.conflict.Profiles;

/** The frontline villages of the karabakh, donbas and kashmir-loc profiles: where they lie and how news reaches them. */
class FrontlineVillagesEastTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  // Rough country boxes (south, west, north, east): a row with swapped or mistyped coordinates falls outside.
  private static final Map<String, double[]> BOX = Map.of(
      "AZ", new double[] {38.3, 44.7, 41.95, 50.4},
      "AM", new double[] {38.8, 43.4, 41.35, 46.7},
      "UA", new double[] {44.3, 22.1, 52.4, 40.3},
      "IN", new double[] {32.2, 73.5, 35.7, 80.5},
      "PK", new double[] {32.0, 73.0, 35.2, 75.6});

  private static List<String> placeIds(String profile) {
    String tsv = Profiles.shipped().get(profile).orElseThrow().areasTsv();
    List<String> ids = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (line.startsWith("place:")) {
        ids.add(line.substring(0, line.indexOf('\t')));
      }
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(strings = {"karabakh", "donbas", "kashmir-loc"})
  void everyPlaceRowLiesInItsCountryAndItsProfile(String profile) {
    List<String> ids = placeIds(profile);
    assertThat(ids).as("place rows of %s", profile).hasSizeGreaterThanOrEqualTo(10);
    for (String id : ids) {
      Place p = G.byId(id).orElseThrow();
      double[] box = BOX.get(p.country());
      assertThat(box).as("%s: country %s has a box", id, p.country()).isNotNull();
      assertThat(p.lat()).as("%s latitude", id).isBetween(box[0], box[2]);
      assertThat(p.lon()).as("%s longitude", id).isBetween(box[1], box[3]);
      assertThat(p.admin1()).as("%s: its admin1 code names a division", id).isNotNull();
      assertThat(Profiles.shipped().holding(p.country(), p.admin1(), p.lat(), p.lon(), "place"))
          .as("%s is in the scope of %s", id, profile).contains(profile);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Shelling hit the village of Pisky near Donetsk airport on Monday, the OSCE said.|Pisky|48.06222|37.675",
      "The OSCE SMM recorded explosions near Zaitsevo, north of Horlivka.|Zaitsevo|48.42917|38.00944",
      "A Ukrainian soldier was killed by sniper fire in Novotoshkivske, Luhansk region.|Novotoshkivske|48.725278|38.6325",
      "Azerbaijani forces took the village of Madagiz in Tartar district, the president said.|Madagiz|40.33139|46.72944",
      "Armenian forces shelled Jojug Marjanli in Jabrayil district overnight.|Jojug Marjanli|39.39111|47.29806",
      "Azerbaijani troops fired on Aygepar in Armenia's Tavush province, the ministry said.|Aygepar|40.94194|45.46222",
      "Houses in Verin Shorzha, Gegharkunik, came under fire on Saturday.|Verin Shorzha|40.08722|45.8325",
      "Pakistani troops shelled forward posts in Nowshera sector of Rajouri district on Monday.|Nowshera|33.16|74.24",
      "Pakistan violated the ceasefire in Mendhar in Poonch district, an army spokesman said.|Mendhar|33.6|74.11",
      "Indian troops fired mortars on Leepa valley villages, ISPR said, in Azad Kashmir.|Leepa|34.3034|73.8878",
      "Shells landed in Baramulla and Akhnoor in Jammu and Kashmir on Tuesday.|Akhnoor|32.86667|74.73333",
      "Shelling hit the village of Talakivka near Mariupol on Monday, the ministry said.|Talakivka|47.18583|37.72167",
      "Militants shelled Pivdenne near Toretsk in Donetsk region, the ATO press centre said.|Pivdenne|48.36028|37.92778",
      "Armenian forces shelled the village of Alkhanli in Fuzuli district, the ministry said.|Alkhanli|39.6|47.38667",
      "Azerbaijani forces fired on Kut in Gegharkunik province on Friday, the ministry said.|Kut|40.18083|45.90167",
      "Gunfire hit the village of Khnatsakh near Goris in Syunik, residents said.|Khnatsakh|39.60361|46.39278",
      "Armenian forces shelled Tapgaragoyunlu in Goranboy district, the ministry said.|Tapgaragoyunlu|40.42833|46.77056",
      "Indian troops shelled Sharda in Neelum valley, Azad Kashmir, ISPR said.|Sharda|34.79306|74.18861"})
  void aSentenceReachesTheVillageItself(String text, String surface, double lat, double lon) {
    List<Place> ps = R.resolve(text, G.find(text)).stream()
        .filter(m -> m.surface().equals(surface)).map(PlaceMention::place).toList();
    assertThat(ps).as("%s in: %s", surface, text).hasSize(1);
    assertThat(ps.get(0).lat()).as(surface).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.001));
    assertThat(ps.get(0).lon()).as(surface).isCloseTo(lon, org.assertj.core.data.Offset.offset(0.001));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A bomb exploded in a market in Nowshera, near Peshawar, police said.|Nowshera|PK",
      "Farmers in Pisky, Mykolaiv oblast, said the harvest was late.|Pisky|UA",
      "Russian troops shelled Novotroitske in Kherson region on Monday.|Novotroitske|UA",
      "A car bomb exploded in Kut, Chernivtsi oblast, police said.|Kut|UA"})
  void aNamesakeElsewhereIsNotTakenForTheFrontlineVillage(String text, String surface, String country) {
    List<Place> ps = R.resolve(text, G.find(text)).stream()
        .filter(m -> m.surface().equals(surface)).map(PlaceMention::place).toList();
    assertThat(ps).as("%s in: %s", surface, text).hasSize(1);
    assertThat(ps.get(0).country()).isEqualTo(country);
    assertThat(ps.get(0).id()).as("%s is not the profile row", surface).startsWith("geonames:");
  }
}
