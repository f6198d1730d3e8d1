package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.resolve.geo.Place.Precision;
import org.trucewatch.resolve.geo.PlaceMention.Role;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.load();

  private static List<String> surfaces(String text) {
    return G.find(text).stream().map(PlaceMention::surface).toList();
  }

  private static PlaceMention only(String text, String surface) {
    List<PlaceMention> ms = G.find(text).stream().filter(m -> m.surface().equals(surface)).toList();
    assertThat(ms).as("mentions of %s in: %s", surface, text).hasSize(1);
    return ms.get(0);
  }

  private static Place lookup(String name) {
    Optional<Place> p = G.lookup(name);
    assertThat(p).as(name).isPresent();
    return p.get();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Stepanakert|Khankendi|Xankandi|Xankəndi",
      "Martuni|Khojavend|Xocavənd",
      "Martakert|Aghdara|Ağdərə",
      "Shushi|Shusha|Şuşa",
      "Lachin|Berdzor|Laçın",
      "Kalbajar|Karvachar|Kəlbəcər",
      "Terter|Tartar|Tərtər",
      "Aghjabedi|Agjabadi|Ağcabədi|Agjaberdi|Agdzhabedy",
      "Goranboy|Geranboy",
      "Fizuli|Fuzuli|Füzuli",
      "Yevlakh|Yevlax",
      "Jabrayil|Jebrail|Cəbrayıl",
      "Gubadli|Kubatly|Qubadlı",
      "Agdam|Aghdam|Ağdam",
      "Ganja|Gyandzha|Gəncə",
      "Barda|Bərdə",
      "Mingachevir|Mingəçevir",
      "Gadabay|Gədəbəy",
      "Nagorno-Karabakh|Karabakh|Artsakh|Mountainous Karabakh|Nagorno Karabakh",
      "frontline|front line|line of contact|contact line",
      "Nakhchivan Autonomous Republic|Nakhichevan Autonomous Republic",
      "Turkey|Türkiye",
      "United States|USA"})
  void eachAliasGroupNamesOnePlace(String group) {
    String[] names = group.split("\\|");
    Place first = lookup(names[0]);
    for (String n : names) {
      Place p = lookup(n);
      assertThat(p.id()).as(n + " vs " + names[0]).isEqualTo(first.id());
      assertThat(p.lat()).isEqualTo(first.lat());
      assertThat(p.lon()).isEqualTo(first.lon());
    }
  }

  @Test
  void placesHaveEnglishNamesAndAdmin1() {
    Place stepanakert = lookup("Khankendi");
    assertThat(stepanakert.name()).isEqualTo("Stepanakert");
    assertThat(stepanakert.country()).isEqualTo("AZ");
    assertThat(stepanakert.precision()).isEqualTo(Precision.PLACE);
    assertThat(stepanakert.lat()).isCloseTo(39.8177, org.assertj.core.data.Offset.offset(0.01));
    Place terter = lookup("Terter");
    assertThat(terter.admin1()).isEqualTo("Tartar"); // joined on the GeoNames code, not the Natural Earth name
    assertThat(lookup("Lachin").admin1()).isEqualTo("Lachin"); // Natural Earth names this polygon "Lankaran"
    assertThat(lookup("Vardenis").admin1()).isEqualTo("Gegharkunik");
    assertThat(lookup("Sotk").country()).isEqualTo("AM");
  }

  @Test
  void districtsAndProvincesAreAreaEntriesAtTheirSeat() {
    Place tovuz = G.byId("admin:AZ.58").orElseThrow();
    assertThat(tovuz.name()).isEqualTo("Tovuz District");
    assertThat(tovuz.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(tovuz.lat()).isEqualTo(lookup("Tovuz").lat());
    Place gegharkunik = lookup("Gegharkunik");
    assertThat(gegharkunik.precision()).isEqualTo(Precision.REGION);
    assertThat(gegharkunik.country()).isEqualTo("AM");
    assertThat(lookup("Kashatagh").id()).isEqualTo("admin:AZ.28");
  }

  @Test
  void countriesHaveIsoCodesAndCentroids() {
    for (String[] c : new String[][] {{"Armenia", "AM"}, {"Azerbaijan", "AZ"}, {"Russia", "RU"}, {"Turkey", "TR"},
        {"Iran", "IR"}, {"Georgia", "GE"}, {"Syria", "SY"}, {"Iraq", "IQ"}, {"Libya", "LY"}, {"Israel", "IL"},
        {"Ukraine", "UA"}, {"France", "FR"}, {"United States", "US"}}) {
      Place p = lookup(c[0]);
      assertThat(p.precision()).as(c[0]).isEqualTo(Precision.COUNTRY);
      assertThat(p.country()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(lookup("Armenia").lat()).isEqualTo(40.0);
  }

  @Test
  void findsNamesWithOffsetsIntoTheOriginalText() {
    String text = "Shells hit Xankəndi and Şuşa overnight, officials in Baku said.";
    List<PlaceMention> ms = G.find(text);
    assertThat(ms).extracting(PlaceMention::surface).containsExactly("Xankəndi", "Şuşa", "Baku");
    for (PlaceMention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
    }
    assertThat(ms.get(0).place().name()).isEqualTo("Stepanakert");
  }

  @Test
  void anApostropheInsideANameLeavesItOneCapitalisedWord() {
    // "Ha'asara" is one word starting with a capital, not "Ha" and a lower-case "asara"
    assertThat(surfaces("Rockets hit Netiv Ha'asara and Ma'ayan Baruch on Monday."))
        .containsExactly("Netiv Ha'asara", "Ma'ayan Baruch");
  }

  @Test
  void longestNameWins() {
    assertThat(surfaces("Talks on Nagorno-Karabakh resumed.")).containsExactly("Nagorno-Karabakh");
    assertThat(surfaces("Officials of the Republic of Artsakh spoke.")).containsExactly("Republic of Artsakh");
  }

  @Test
  void minskGroupIsNotMinsk() {
    assertThat(surfaces("talks would be mediated by the Minsk Group of negotiators")).isEmpty();
    assertThat(surfaces("They cited the Paris Agreement and lived on Ganja Street.")).isEmpty();
    assertThat(surfaces("Talks On The Paris Agreement Stall")).isEmpty();
    assertThat(surfaces("The delegation flew to Minsk on Monday.")).containsExactly("Minsk");
  }

  @Test
  void lowerCaseWordsAreNotPlaces() {
    assertThat(surfaces("Nagorno-Karabakh is part of Azerbaijan.")).containsExactly("Nagorno-Karabakh", "Azerbaijan");
    assertThat(surfaces("Police seized ganja at the border.")).isEmpty();
    assertThat(surfaces("Police said the shelling of Ganja killed nine.")).containsExactly("Ganja");
  }

  @Test
  void aNameThatIsAlsoAWordNeedsAPreposition() {
    assertThat(surfaces("Bar the odd skirmish, the truce held.")).isEmpty();
    assertThat(surfaces("Split between the two sides, the council voted.")).isEmpty();
    assertThat(surfaces("Paramount Split the difference.")).isEmpty();
    assertThat(surfaces("The ferry reached the port of Split at noon.")).containsExactly("Split");
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(surfaces("Us and them.")).isEmpty();
    assertThat(surfaces("The US urged restraint.")).containsExactly("US");
  }

  @Test
  void headlineCaseIsNoProofOfAProperNoun() {
    assertThat(surfaces("Azerbaijan Says Rockets Hit Mobile Homes")).containsExactly("Azerbaijan");
  }

  @Test
  void demonymsAreNotPlaceMentions() {
    assertThat(surfaces("Armenian forces and Azerbaijani troops exchanged fire; Azeri officials blamed Armenians."))
        .isEmpty();
  }

  @Test
  void rolesTellWhereFromWhoAndWhat() {
    assertThat(only("Azerbaijan's Foreign Ministry said the shelling of Ganja left nine dead.", "Azerbaijan").role())
        .isEqualTo(Role.POSSESSIVE);
    assertThat(only("Azerbaijan’s Foreign Ministry said so.", "Azerbaijan").role()).isEqualTo(Role.POSSESSIVE);
    assertThat(only("Azerbaijan's Foreign Ministry said the shelling of Ganja left nine dead.", "Ganja").role())
        .isEqualTo(Role.PLACE);
    assertThat(only("Missiles hit Baku's northern suburbs overnight.", "Baku").role()).isEqualTo(Role.PLACE);
    assertThat(only("Shells fell on Ganja's outskirts.", "Ganja").role()).isEqualTo(Role.PLACE);
    assertThat(only("Baku's new air defence systems failed.", "Baku").role()).isEqualTo(Role.POSSESSIVE);
    assertThat(only("after hours of Moscow-brokered negotiations", "Moscow").role()).isEqualTo(Role.ADJECTIVAL);
    assertThat(only("the Armenia defence ministry reported", "Armenia").role()).isEqualTo(Role.ADJECTIVAL);
    assertThat(only("Baku said the claims were false.", "Baku").role()).isEqualTo(Role.ACTOR);
    assertThat(only("Rockets landed in Baku said a witness.", "Baku").role()).isEqualTo(Role.PLACE);
    assertThat(only("Fishermen returned to Lake Sevan.", "Sevan").role()).isEqualTo(Role.NAME_PART);
    assertThat(only("Reinforcements reached Sevan.", "Sevan").role()).isEqualTo(Role.PLACE);
  }

  @Test
  void aPossessiveBeforeANamedQuarterIsWhereItLies() {
    assertThat(only("A drone hit a flat in Ganja's busy Kapaz al-Jadid quarter at dawn.", "Ganja").role())
        .isEqualTo(Role.PLACE);
    assertThat(only("Shells fell on Baku's Old City district overnight.", "Baku").role()).isEqualTo(Role.PLACE);
    assertThat(only("Baku's Foreign Ministry condemned the strike.", "Baku").role()).isEqualTo(Role.POSSESSIVE);
  }

  @Test
  void anOutletNamedLikeATownIsNoPlace() {
    assertThat(only("Two reporters of the Ganja television channel were hurt.", "Ganja").role())
        .isEqualTo(Role.ADJECTIVAL);
    assertThat(only("Three Ganja journalists died when the shell hit the studio.", "Ganja").role())
        .isEqualTo(Role.ADJECTIVAL);
    assertThat(only("The shell hit a television studio in Ganja.", "Ganja").role()).isEqualTo(Role.PLACE);
  }

  @Test
  void aSurnameStaysAPersonThroughTheDocument() {
    List<PlaceMention> ms = G.find("The coach praised Sheldon Richardson. Later Richardson said he was ready.");
    assertThat(ms).extracting(PlaceMention::role).containsOnly(Role.NAME_PART);
  }

  @Test
  void placeNotInTheGazetteerGivesNoMention() {
    assertThat(surfaces("The village of Qwertyvank was shelled.")).isEmpty();
    assertThat(G.lookup("Qwertyvank")).isEmpty();
  }

  @Test
  void readingsAreAllKeptWithTheLikeliestFirst() {
    PlaceMention m = only("Fighting near Martuni continued.", "Martuni");
    assertThat(m.place().id()).isEqualTo("geonames:146969");
    assertThat(m.alternatives()).extracting(Place::id).contains("geonames:616438", "admin:AZ.65");
    assertThat(only("A quake hit Armenia.", "Armenia").place().precision()).isEqualTo(Precision.COUNTRY);
  }

  @Test
  void findIsSafeToShareBetweenThreads() throws Exception {
    String text = "Shelling of Ganja, Terter and Stepanakert; Baku said Yerevan lied. Talks in Moscow and Minsk.";
    List<PlaceMention> expected = G.find(text);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<PlaceMention>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> G.find(text)));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInputGivesAClearMessageOrNothing() {
    assertThatThrownBy(() -> G.find(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> G.lookup(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(G.find("")).isEmpty();
    assertThat(G.find("   \n\n  ")).isEmpty();
    StringBuilder junk = new StringBuilder();
    java.util.Random r = new java.util.Random(42);
    for (int i = 0; i < 20_000; i++) {
      junk.append((char) r.nextInt(0xD800)); // binary noise, no lone surrogates
    }
    assertThat(G.find(junk + " Ganja " + junk)).extracting(PlaceMention::surface).contains("Ganja");
  }
}
