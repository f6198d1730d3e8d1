package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an attack happened when a sentence names a place with what holds it: a village with its district is one
 * attack at the village; a governorate alone is one attack at the governorate; a place set off by a bearing from a
 * holder is the namesake near that holder or none; a place after "near" another only says where that one is. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class PlaceHolderClassesTest {

  private static List<String> places(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  private static List<Location> locations(String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(Event::location).filter(l -> l != null).toList();
  }

  @Test
  void aVillageInTheDistrictIsOneAttackAtTheVillage() {
    assertThat(places("Armenian artillery shelled the village of Alkhanli in the Fuzuli district on Saturday, "
        + "wounding a shepherd, the Azerbaijani prosecutor's office said.")).containsExactly("Alkhanli");
    assertThat(places("Shells fell on Alkhanli, a frontline village in Fuzuli district, on Saturday, "
        + "the Azerbaijani defence ministry said.")).containsExactly("Alkhanli");
    assertThat(places("An Israeli drone struck a car in the village of Kfar Kila in the Marjayoun district on Saturday, "
        + "killing two men, Lebanon's health ministry said.")).containsExactly("Kfar Kila");
  }

  @Test
  void anAttackToldAgainIsNotMovedToWhereOfficialsSpeakFrom() {
    assertThat(places("Pakistani troops shelled Mendhar on Saturday, killing two soldiers, the army said.",
        "Five civilians were wounded in the shelling, officials in Rajouri said.")).doesNotContain("Rajouri");
  }

  @Test
  void aStretchBetweenTwoPlacesIsOneAttackAtItsFirstEnd() {
    assertThat(places("The Lebanese army said one of its soldiers was killed by Israeli fire on the road between "
        + "Marwahin and Dhayra in the Tyre district on Saturday.")).containsExactly("Marwahin");
    assertThat(places("Israeli shells hit an area between Kfar Tebnit and Arnoun near Nabatieh on Saturday, the "
        + "Lebanese army said.")).containsExactly("Kfar Tebnit");
  }

  @Test
  void aPlaceAfterNearAnotherOnlySaysWhereTheFirstIs() {
    assertThat(places("An Israeli drone hit a motorbike in Srifa near Tyre on Saturday, killing its rider, the "
        + "health ministry said.")).containsExactly("Srifa");
    assertThat(places("Separatist mortars struck Talakivka near Mariupol on Saturday, the Ukrainian army said."))
        .containsExactly("Talakivka");
    // "near" with no place before it is the place itself
    assertThat(places("Shells fell near Tyre on Saturday, the Lebanese army said.")).containsExactly("Tyre");
  }

  @Test
  void aGovernorateAloneIsOneAttackAtTheGovernorate() {
    List<Location> ls = locations("Saudi-led coalition warplanes carried out air strikes on Saada governorate on "
        + "Saturday, killing four people, the Houthi-run health ministry said.");
    assertThat(ls).hasSize(1);
    assertThat(ls.get(0).precision()).isEqualTo("region");
  }

  @Test
  void aPlaceSetOffByABearingIsTheNamesakeNearItsHolder() {
    List<Location> kut = locations("A rocket hit a market in Kut, south-east of Baghdad, on Saturday, killing three "
        + "people, Iraqi police said.");
    assertThat(kut).allMatch(l -> "IQ".equals(l.country()));
    List<Location> far = locations("Indian shelling hit Shahkot near Sialkot on Saturday, wounding two civilians, "
        + "the Pakistani military said.");
    assertThat(far).noneMatch(l -> "Shahkot".equals(l.surface()) || "Shāhkot".equals(l.name()));
  }
}
