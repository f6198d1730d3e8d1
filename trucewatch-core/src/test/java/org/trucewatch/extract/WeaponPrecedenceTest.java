package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which weapon words decide an act's kind: the weapon an armed man used over the armed man named before it, and
 * the fire just told with its weapon over the bare "firing" that retells it, on sentences written for this test,
 * read against Sunday.
 */
class WeaponPrecedenceTest {

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void theWeaponThrownOutranksTheGunmenWhoThrewIt() {
    subtype("Three people were killed on Friday night when gunmen hurled a grenade into a cafe in Martuni, police"
        + " said.", "grenade");
    subtype("Two guards were killed in Martakert on Friday when gunmen tossed grenades at the gate, officials said.",
        "grenade");
  }

  @Test
  void aRocketPropelledGrenadeIsNoGrenadeThrown() {
    subtype("On Friday gunmen fired a rocket-propelled grenade at an Armenian tank near Martuni, the ministry said.",
        "armed_clash");
  }

  @Test
  void gunmenWithNoWeaponNamedAfterThemStayABattle() {
    subtype("On Friday gunmen fired on Armenian soldiers at a checkpoint near Martuni, the ministry said.",
        "armed_clash");
  }

  @Test
  void theFiringRetellsTheFireJustToldWithItsWeapon() {
    List<Event> a = attacks(
        "Azerbaijani troops fired mortars and rifles at Armenian posts near Martuni on Friday, the ministry said.",
        "The firing went on for hours across the Martakert sector, officials said.");
    assertThat(SundayStory.at(a, "Martakert").subtype()).isEqualTo("shelling");
  }

  @Test
  void theFiringAfterFireOfNoWeaponStaysABattle() {
    List<Event> a = attacks(
        "Azerbaijani troops fired mortars at Armenian posts near Martuni on Friday, the ministry said.",
        "Armenian troops fired back with rifles at Azerbaijani posts near Hadrut on Friday, officials said.",
        "The firing went on for hours across the Martakert sector, officials said.");
    assertThat(SundayStory.at(a, "Martakert").subtype()).isEqualTo("armed_clash");
  }
}
