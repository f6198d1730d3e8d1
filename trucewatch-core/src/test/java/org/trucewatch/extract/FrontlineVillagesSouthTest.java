package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places of the Sudan, Yemen, Gaza and Lebanon wars that GeoNames lacks or spells otherwise (profile areas and
 * aliases): a strike reported there is placed at the place itself, and every row of those profiles lies in its
 * country, which a swapped latitude and longitude would not. Sentences written for this test.
 */
class FrontlineVillagesSouthTest {

  // Generous boxes around each country (latitude, then longitude), wide enough for islands and border areas.
  private static final Map<String, double[]> BOUNDS = Map.of(
      "SD", new double[] {8.6, 22.3, 21.8, 38.7},
      "YE", new double[] {12.0, 19.1, 41.8, 54.6},
      "SA", new double[] {16.0, 32.2, 34.5, 55.7},
      "PS", new double[] {31.2, 32.6, 34.2, 35.6},
      "IL", new double[] {29.4, 33.4, 34.2, 35.9},
      "LB", new double[] {33.05, 34.7, 35.1, 36.65});

  private static Location placeOfAttack(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(Event::location).filter(l -> l != null).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Hodeidah; An air strike hit Hodeidah on Saturday, killing three people, the ministry said.; 14.798; 42.955",
      "Sana'a; An air strike hit Sana'a on Saturday, killing three people, the ministry said.; 15.355; 44.207",
      "Durayhimi; Houthi shelling hit al-Durayhimi on Saturday, killing three people, officials said.; 14.637; 43.055",
      "Mocha; A drone hit Mocha on Saturday, killing three people, officials in Taiz said.; 13.317; 43.2",
      "Kamaran; An air strike hit Kamaran island on Saturday, killing three people, the ministry said.; 15.35; 42.567",
      "Wad al-Noura; The RSF shelled Wad al-Noura on Saturday, killing three people, activists said.; 14.516; 32.511",
      "Jebel Awliya; A drone hit Jebel Awliya on Saturday, killing three people, activists said.; 15.245; 32.497",
      "Babanusa; The RSF shelled Babanusa on Saturday, killing three people, the army said.; 11.333; 27.8",
      "Sheikh Radwan; An air strike hit Sheikh Radwan on Saturday, killing three people, medics said.; 31.536; 34.465",
      "Tel al-Hawa; An air strike hit Tel al-Hawa on Saturday, killing three people, medics said.; 31.509; 34.435",
      "Kerem Shalom; Mortar fire hit Kerem Shalom on Saturday, killing three soldiers, the army said.; 31.228; 34.285",
      "Rmeish; An Israeli drone struck Rmeish on Saturday, killing three people, the ministry said.; 33.079; 35.369",
      "Marwahin; An Israeli drone struck Marwahin on Saturday, killing three people, the ministry said.; 33.109; 35.276",
      "Misgav Am; A Hezbollah missile hit Misgav Am on Saturday, killing three people, the army said.; 33.248; 35.548",
      "Ardamata; The RSF shelled Ardamata on Saturday, killing three people, activists said.; 13.487; 22.490",
      "Kalakla; A drone hit Kalakla on Saturday, killing three people, activists said.; 15.468; 32.486",
      "Tebnine; An Israeli drone struck Tebnine on Saturday, killing three people, the ministry said.; 33.193; 35.411",
      "Kfar Roummane; A drone struck Kfar Roummane on Saturday, killing three people, officials said.; 33.386; 35.497",
      "Malkia; A Hezbollah missile hit Malkia on Saturday, killing three people, the army said.; 33.098; 35.511",
      "Rosh HaNikra; A drone hit Rosh HaNikra on Saturday, killing three people, the army said.; 33.086; 35.116",
      "Yir'on; A Hezbollah missile hit Yir'on on Saturday, killing three people, the army said.; 33.077; 35.455",
      "Ma'ayan Baruch; A missile hit Ma'ayan Baruch on Saturday, killing three people, the army said.; 33.240; 35.609",
      "al-Anad; A Houthi missile hit al-Anad on Saturday, killing three soldiers, officials said.; 13.176; 44.762"})
  void aStrikeIsPlacedAtThePlaceItself(String name, String sentence, double lat, double lon) {
    Location l = placeOfAttack(sentence);
    assertThat(l).as(name).isNotNull();
    assertThat(l.lat()).as(name).isCloseTo(lat, within(0.01));
    assertThat(l.lon()).as(name).isCloseTo(lon, within(0.01));
  }

  @Test
  void aNameSharedWithAnotherCountryIsTheSudaneseTownInAStoryAboutDarfur() {
    Location l = placeOfAttack("The RSF shelled Tawila on Saturday, killing three people who had fled El Fasher, "
        + "a local committee said.");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("SD");
    assertThat(l.lat()).isCloseTo(13.517, within(0.01));
  }

  @Test
  void aGazaQuarterNamedLikeAWordIsPlacedInAStoryAboutGaza() {
    Location l = placeOfAttack("An air strike hit a house in Tuffah on Saturday, killing three people, medics in Gaza "
        + "City said.");
    assertThat(l).isNotNull();
    assertThat(l.lat()).isCloseTo(31.516, within(0.01));
    assertThat(l.lon()).isCloseTo(34.469, within(0.01));
  }

  @Test
  void everyRowOfTheSouthernProfilesLiesInItsCountry() throws IOException {
    List<String> outside = new ArrayList<>();
    int rows = 0;
    for (String id : List.of("sudan", "yemen", "israel-gaza", "israel-lebanon")) {
      for (String[] r : rows("/org/trucewatch/conflicts/" + id + "/areas.tsv")) {
        double[] b = BOUNDS.get(r[5]);
        assertThat(b).as(id + " " + r[0] + ": country " + r[5]).isNotNull();
        double lat = Double.parseDouble(r[7]);
        double lon = Double.parseDouble(r[8]);
        rows++;
        if (lat < b[0] || lat > b[1] || lon < b[2] || lon > b[3]) {
          outside.add(id + " " + r[0] + " " + lat + "," + lon);
        }
      }
    }
    assertThat(rows).isGreaterThan(70);
    assertThat(outside).isEmpty();
  }

  private static List<String[]> rows(String path) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = FrontlineVillagesSouthTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }
}
