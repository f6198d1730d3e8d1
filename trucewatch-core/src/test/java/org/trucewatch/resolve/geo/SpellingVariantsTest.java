package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place written in a transliteration the gazetteer lacks (ou/u, ee/i, ei/ay, kh/k, doubled letters, an Arabic
 * "-eh" for "-ah", a Russian "-ovka" for a Ukrainian "-ivka") is read as the one row of the story's countries whose
 * name folds to the same key; never where the key is ambiguous, outside the story's countries, or a demonym.
 */
class SpellingVariantsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Arabic transliterations
      "Israeli drones struck Kheyam overnight.|Kheyam|LB|LB,IL|Khiam",
      "The village of Kheyam was shelled again on Monday, residents said.|Kheyam|LB|LB,IL|Khiam",
      "Two people were wounded when shells hit Kafr Nboudeh on Sunday.|Kafr Nboudeh|SY|SY|Kafr Nabudah",
      "Army drones hit Kadougli, residents told a local radio station.|Kadougli|SD|SD|Kadugli",
      "Shells fell on residential areas of Kadougli on Friday.|Kadougli|SD|SD|Kadugli",
      // Russian forms of Ukrainian names
      "Fighting raged around Krasnohorovka through the night.|Krasnohorovka|UA|UA|Krasnohorivka",
      "Separatist shells landed near Krasnohorovka on Tuesday, the army said.|Krasnohorovka|UA|UA|Krasnohorivka",
      "Two homes were damaged by mortar fire in Krasnohorovka, local officials reported.|Krasnohorovka|UA|UA|Krasnohorivka"})
  void aVariantReadsAsTheOneRowOfTheStorysCountries(String text, String surface, String country, String hint,
      String name) {
    List<PlaceMention> ps = ResolvedPlaces.places(text, ScopeHint.countries(hint.split(",")))
        .stream().filter(m -> m.surface().equals(surface)).toList();
    assertThat(ps).as(text).hasSize(1);
    assertThat(ps.get(0).place().country()).isEqualTo(country);
    assertThat(ps.get(0).place().name()).isEqualTo(name);
  }

  @Test
  void noVariantIsReadWithoutTheStorysCountries() {
    assertThat(ResolvedPlaces.places("Israeli drones struck Kheyam overnight.", ScopeHint.NONE)).isEmpty();
  }

  @Test
  void aRussianSkoyeIsNoTownEndingInSk() {
    // Ukrainske and Ukrainsk are two places: the "-e" of a Ukrainian name is no Arabic ending to drop
    assertThat(ResolvedPlaces.places("Shelling hit Ukrainskoye overnight.", ScopeHint.countries("UA"))).isEmpty();
  }

  @Test
  void aDemonymIsNoPlace() {
    assertThat(ResolvedPlaces.places("Casualties mounted in Israeli strikes, and in Yemeni ports.",
        ScopeHint.countries("IL", "YE"))).isEmpty();
  }

  @Test
  void keysFoldTheCommonTransliterations() {
    assertThat(Spellings.key("Fassouta", false)).isEqualTo(Spellings.key("Fassuta", false));
    assertThat(Spellings.key("el-Kheyam", true)).isEqualTo(Spellings.key("Al Khiyam", true));
    assertThat(Spellings.key("Beit Mery", true)).isEqualTo(Spellings.key("Bayt Miri", true));
    assertThat(Spellings.key("Zawiyeh", true)).isEqualTo(Spellings.key("Zawiyah", true));
    assertThat(Spellings.key("Novoselovka", false)).isEqualTo(Spellings.key("Novoselivka", false));
    assertThat(Spellings.key("Israeli", true)).isNotEqualTo(Spellings.key("Israel", true));
    assertThat(Spellings.key("Ukrainske", false)).isNotEqualTo(Spellings.key("Ukrainsk", false));
    assertThat(Spellings.key("Koya", true)).isEmpty(); // too short to tell places apart
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Turkish drones struck a car near Derik on Wednesday.",
      "A drone hit a checkpoint at the entrance of Derik, local police said.",
      "Two fighters were killed in Derik when their vehicle was hit."})
  void theKurdishNameOfATownReadsAsIt(String text) {
    List<PlaceMention> ps = ResolvedPlaces.places(text, ScopeHint.countries("SY", "TR"));
    assertThat(ps).as(text).hasSize(1);
    assertThat(ps.get(0).place().id()).isEqualTo("geonames:173530");
  }
}
