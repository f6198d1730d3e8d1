package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks told by phrasings the rules did not read: fire "opened up" on a target or with weapons, and an
 * attack told only by the people its bullets or shrapnel hurt. Sentences written for this test, dated against Sunday
 * 25 October 2020.
 */
class MissedAttackPhrasingsTest {

  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> attacks(String... paragraphs) {
    return SundayStory.attacks(paragraphs);
  }

  private static void attackAt(String sentence, String place) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> assertThat(e.location().name()).as(sentence).contains(place));
  }

  private static void noAttack(String sentence) {
    assertThat(attacks(sentence)).as(sentence).isEmpty();
  }

  @Test
  void fireOpenedUpOnATargetOrWithWeaponsIsAnAttack() {
    attackAt("Azerbaijani troops opened up on Armenian positions near Tovuz on Sunday.", "Tovuz");
    attackAt("Enemy units opened up with mortars and machine guns on the village of Tovuz on Sunday.", "Tovuz");
    attackAt("On Sunday gunmen opened up at a police checkpoint outside Goris, officials said.", "Goris");
    attackAt("The rebels had opened up with heavy weapons from across the river on Goris by Sunday evening.", "Goris");
  }

  @Test
  void opennessAndOpeningsAreNoAttack() {
    noAttack("The minister opened up about the talks with reporters in Goris on Sunday.");
    noAttack("A new crossing opened up on Sunday near Goris for traders.");
    noAttack("The governor opened up with a joke at the fair in Goris on Sunday.");
  }

  @Test
  void peopleHurtByBulletsOrShrapnelTellAnAttack() {
    attackAt("Two children were hurt by bullets in the village of Tovuz on Sunday.", "Tovuz");
    attackAt("A farmer was lightly wounded by shrapnel near Goris on Sunday, medics said.", "Goris");
    attackAt("On Sunday a shepherd was injured by stray bullets outside Goris.", "Goris");
    attackAt("Shrapnel wounded two soldiers at a post near Tovuz on Sunday, the ministry said.", "Tovuz");
  }

  @Test
  void bulletsAndShrapnelNamedOutsideAWoundingAreNoAttack() {
    noAttack("Police found boxes of bullets and a sack of shrapnel in a cache near Goris on Sunday.");
    noAttack("Doctors in Goris removed the shrapnel on Sunday from a wound he took in the war of the nineties.");
  }

  private static void takenAt(String sentence, String place) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> {
          assertThat(e.location().name()).as(sentence).contains(place);
          assertThat(e.subtype()).as(sentence).isEqualTo("territory_taken");
        });
  }

  @Test
  void aPlaceTakenUnderAForcesControlOrClearedOfTheEnemyIsTaken() {
    takenAt("The hilltop village of Tovuz was taken under the control of government units on Sunday.", "Tovuz");
    takenAt("On Sunday two border posts near Goris came under enemy control, the ministry admitted.", "Goris");
    takenAt("Tovuz is back under the control of the army after years, officials said on Sunday.", "Tovuz");
    takenAt("The village of Goris was cleared of militants on Sunday, the army said.", "Goris");
    takenAt("Government troops said they had captured strategic heights near Goris on Sunday.", "Goris");
  }

  @Test
  void aFireOrASituationUnderControlAndARoadClearedOfMinesAreNotTaken() {
    noAttack("The fire at the depot in Goris was brought under control on Sunday.");
    noAttack("The situation in Goris came under control on Sunday, police said.");
    noAttack("The road to Goris was cleared of mines and debris on Sunday.");
    noAttack("The festival in Goris took the town's fame to new heights on Sunday.");
  }

  @Test
  void postsAndCheckpointsOverrunAreTaken() {
    takenAt("On Sunday tribal fighters briefly overran one checkpoint and parts of the town of Tovuz.", "Tovuz");
    takenAt("Rebels overran two army checkpoints outside Goris on Sunday, residents said.", "Goris");
    takenAt("Militiamen overran several outposts near Goris on Sunday.", "Goris");
  }

  @Test
  void anExchangeOfHeavyWeaponsToldAsOneNounIsShelling() {
    attackAt("Residents of Goris reported a long artillery exchange near the town's airport on Sunday morning.", "Goris");
    attackAt("Mortar exchanges rocked the outskirts of Goris on Sunday, witnesses said.", "Goris");
    attackAt("On Sunday a tank and artillery exchange lasted two hours near Tovuz, the ministry said.", "Tovuz");
    noAttack("The accord was negotiated after years of artillery duels along the front near Goris.");
  }
}
