package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * The kind of fire told by its weapons (grenade launchers, small arms backed by mortars) and projectiles told by their
 * impact ("crashed into", "fell on"), on sentences written for this test, dated against Sunday 25 October 2020.
 */
class FireMixAndImpactsTest {

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void fireFromGrenadeLaunchersIsABattleNotAGrenadeThrown() {
    subtype("Azerbaijani units fired on Armenian positions near Martuni from grenade launchers and heavy machine guns"
        + " on Friday, the ministry said.", "armed_clash");
    subtype("On Friday positions near Martakert came under fire from an automatic grenade launcher, the army said.",
        "armed_clash");
    subtype("Near Martakert on Friday, the enemy fired a grenade launcher at Armenian positions, the ministry said.",
        "armed_clash");
  }

  @Test
  void aGrenadeThrownByHandStaysAGrenadeAttack() {
    subtype("A soldier threw a grenade at a checkpoint in Martuni on Friday, police said.", "grenade");
  }

  @Test
  void smallArmsBackedByMortarsAreShelling() {
    subtype("Azerbaijani forces opened fire on Armenian positions near Martuni on Friday with small arms and mortars,"
        + " the ministry said.", "shelling");
    subtype("On Friday Azerbaijani units fired at villages near Martakert from small arms, supported by 60-mm mortars,"
        + " officials said.", "shelling");
    subtype("Azerbaijani troops on Friday fired machine guns and then mortar rounds at posts near Martakert, the"
        + " ministry said.", "shelling");
  }

  @Test
  void smallArmsAloneStayABattle() {
    subtype("Azerbaijani troops opened fire with small arms on positions near Martuni on Friday, the ministry said.",
        "armed_clash");
  }

  @Test
  void projectilesToldByWhereTheyStruckAreShelling() {
    subtype("On Friday mortar rounds crashed into a market in Martuni, the ombudsman said.", "shelling");
    subtype("Two projectiles fell on the village of Martakert on Friday, officials said.", "shelling");
    subtype("Several artillery rounds slammed into houses in Martakert on Friday, residents said.", "shelling");
  }

  @Test
  void gunfireThatSpreadAlongTheFrontIsNoBlazeThatSpread() {
    subtype("On Friday the firing spread to the Martuni sector, where shells landed near army positions, officials"
        + " said.", "shelling");
    subtype("On Friday the firing spread to Martuni, where shells hit army positions, officials said.", "shelling");
    subtype("Later on Friday the firing spread to the outskirts of Martakert, where mortar rounds fell near a school.",
        "shelling");
  }

  @Test
  void anArmedSidesBlowAtABuildingOfNoWeaponNamedIsFireFromAfar() {
    subtype("Azerbaijani forces targeted the airport in Stepanakert on Friday, officials said.", "shelling");
    subtype("On Friday Armenian forces hit a mosque in Aghdam, the ministry said.", "shelling");
    subtype("A school building in Martuni was attacked by Azerbaijani forces on Friday, the ombudsman said.",
        "shelling");
    subtype("On Friday the Azerbaijani army struck residential areas of Martakert, local officials said.", "shelling");
  }

  @Test
  void anAttackOnPositionsStaysABattle() {
    subtype("Azerbaijani forces attacked Armenian positions near Martuni on Friday, the ministry said.", "armed_clash");
    subtype("Azerbaijani forces attacked a school near Martuni on Friday, killing two soldiers at a post nearby, the"
        + " ministry said.", "armed_clash");
  }
}
