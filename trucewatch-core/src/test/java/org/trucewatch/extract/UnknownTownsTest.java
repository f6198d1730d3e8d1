package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Villages and towns the gazetteer lacks, named as such (UnknownTowns): "the town of X in Y province" places the
 * attack at X, at the point of Y; "a village of 300 people" and a name the gazetteer knows change
 * nothing. And fire opened with a noun before "fire" (the rule {@code open_fire_noun_modifier}). Sentences
 * and invented place names written for this test, dated against Sunday 25 October 2020.
 */
class UnknownTownsTest {

  private static List<String> places(String... paragraphs) {
    return attacks(paragraphs).stream().map(e -> e.location() == null ? "-" : e.location().name()).toList();
  }

  @Test
  void anAirStrikeOnTheTownOfAnUnknownNameIsPlacedThere() {
    List<String> at = places("Warplanes pounded Idlib province again on Sunday.",
        "Two men died on Sunday in strikes on the town of Maarat Zuwayqat in Idlib province, a medic said.");
    assertThat(at).anySatisfy(p -> assertThat(p).isEqualTo("Maarat Zuwayqat"));
    // "a village of 300 people" names none, and a town the gazetteer knows keeps its entry
    assertThat(places("Rockets hit a village of some 300 people near Khan Yunis on Sunday, medics said."))
        .noneSatisfy(p -> assertThat(p).contains("Some"));
    assertThat(places("Drones struck the town of Kosti on Sunday, residents said."))
        .isNotEmpty().allSatisfy(p -> assertThat(p).isEqualTo("Kosti"));
  }

  @Test
  void eachUnknownVillageOfAListGetsItsAttack() {
    List<String> at = places("Shelling hit the Tovuz district on Sunday.",
        "On Sunday the troops shelled the villages of Barkhudarli and Kemerkend in the Tovuz district, the ministry"
            + " said.");
    assertThat(at).contains("Barkhudarli", "Kemerkend");
  }

  @Test
  void fireOpenedWithANounBeforeFireIsAnAttack() {
    assertThat(places("Indian troops opened unprovoked cross-border fire on posts in the Kotli sector on Sunday,"
        + " the army said.")).isNotEmpty();
  }

  @Test
  void anUnknownNameListedWithAKnownTownGetsItsOwnAttack() {
    // list members are places alike, whichever the gazetteer knows
    assertThat(places("On Sunday the army shelled Kharkiv, Zelbovo and Pridanka with rockets, the governor said."))
        .contains("Kharkiv", "Zelbovo", "Pridanka");
    assertThat(places("Drones struck Nabatieh and Kfar Zoumra on Sunday, local media said."))
        .contains("Nabatieh", "Kfar Zoumra");
    // commas alone make no list: a name after a comma is no town
    assertThat(places("In Kharkiv, Petrenko told reporters that rockets hit a school on Sunday."))
        .noneSatisfy(p -> assertThat(p).isEqualTo("Petrenko"));
  }

  @Test
  void namesBeforeAPluralTownNounAreTowns() {
    // "X, Y and Z villages of D district" as "the villages of X, Y and Z"
    List<String> at = places("Mortar shells fell on Borrani, Ketmal and Ushpur villages of Kupwara district on"
        + " Sunday, officials said.");
    assertThat(at).contains("Borrani", "Ketmal", "Ushpur");
    // "a Druze village" tells what kind of village
    assertThat(places("A rocket hit a Druze village near Kiryat Shmona on Sunday, medics said."))
        .noneSatisfy(p -> assertThat(p).isEqualTo("Druze"));
    // "a largely Christian town": an adverb before the word says it is an adjective, not the town's name
    assertThat(places("Shells struck Qalbun, a largely Christian town near Tyre, on Monday, officials said."))
        .noneSatisfy(p -> assertThat(p).isEqualTo("Christian"));
  }

  @Test
  void aVillageNameHoldingAKnownWordStaysInTheListAndTheDistrictNamedInFullHoldsIt() {
    // "Sumbal" alone is a gazetteer name, "Sumbal Tarkan" a village it lacks; "Kotli District" is read as
    // one capitalised name, yet names the district whose point the villages take
    List<String> at = places("Shells fell on Barotan, Sumbal Tarkan and Gharwi villages of Kotli District on Sunday,"
        + " injuring six civilians, officials said.");
    assertThat(at).contains("Barotan", "Sumbal Tarkan", "Gharwi");
  }

  @Test
  void aNameDescribedAsATownAfterACommaIsThatTown() {
    // "X, a mainly Shiite village in D district" names X, a town the gazetteer lacks, at D's point
    assertThat(places("Two people were killed on Sunday when a drone struck Beit Zawran, a mainly Shiite village in"
        + " the Nabatieh district, the ministry said.")).contains("Beit Zawran");
    assertThat(places("A missile hit Zelbovo, a small village east of Kharkiv, on Sunday, the governor said."))
        .contains("Zelbovo");
    // "a village elder" is a person: the noun after "village" says what it qualifies
    assertThat(places("Shelling hit Nabatieh on Sunday, said Ali Hammoud, a village elder."))
        .noneSatisfy(p -> assertThat(p).contains("Hammoud"));
  }

  @Test
  void aTownNamedAsNeighbouringTheLastIsPlacedThere() {
    // "in neighbouring X" names a town the gazetteer lacks, by the town the article last named
    assertThat(places("Israeli shelling hit Nabatieh on Sunday morning, residents said.",
        "Later on Sunday a drone strike on a car in neighbouring Zelbovo killed one man, the ministry said."))
        .contains("Nabatieh", "Zelbovo");
  }

  @Test
  void aKnownAreaReadInsideItsCapitalisedNameIsThatArea() {
    // "southern Kassala State" is read as one capitalised name, yet names the state where it happened
    assertThat(places("Soldiers shelled positions in southern Kassala State on Sunday, the army said."))
        .contains("Kassala");
  }

  @Test
  void anUnknownNameFollowedByTheProvinceItLiesInIsATownThere() {
    // "X, in D province," names X, a town the gazetteer lacks, at D's point
    assertThat(places("Soldiers retook Wad Tirna, in Idlib province, on Sunday, the army said."))
        .contains("Wad Tirna");
  }
}
