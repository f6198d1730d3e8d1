package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks the rules missed: fire opened with an adjective the tagger reads as a verb ("opened
 * indiscriminate fire"), a vehicle blown up by a mine, a salvo of rockets sent at a place with no verb of firing,
 * the kind of an assault a suicide bomb, a rammed car bomb or a camp of the displaced names, and sectors the gazetteer lacks told as a sub-sector or after "in" with no "the" ("in
 * Tarwali sector"). Sentences written for this test (the sector names are made up), dated against Sunday
 * 25 October 2020.
 */
class FireOpenedAndSubSectorsTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void fireOpenedWithAnAdjectiveTaggedAsAVerbIsAnAttack() {
    assertThat(names(attacks("Enemy troops opened indiscriminate fire on the village of Tovuz on Saturday, the "
        + "ministry said."))).contains("Tovuz");
    assertThat(names(attacks("On Saturday enemy posts opened unprovoked fire with mortars on our positions near "
        + "Goris, the ministry said."))).contains("Goris");
  }

  @Test
  void aWordBetweenOpenAndFireThatIsNoAdjectiveMakesNoAttack() {
    assertThat(attacks("The mayor opened the new fire station in Goris on Saturday.")).isEmpty();
  }

  @Test
  void aSubSectorOfASectorIsAPlaceOfItsOwn() {
    assertThat(names(attacks("Indian troops fired mortars on Saturday in the Tarwali sub-sector of Kotli Sector, "
        + "the Pakistani military said."))).contains("Tarwali sector");
  }

  @Test
  void aSectorNamedAfterInWithNoTheIsAPlaceOfItsOwn() {
    assertThat(names(attacks("Indian troops resorted to unprovoked firing in Tarwali sector of Kotli district on "
        + "Saturday, the Pakistani military said."))).contains("Tarwali sector");
  }

  @Test
  void aVehicleBlownUpOrStruckByAMineIsAMineBlast() {
    assertThat(attacks("On Saturday an army lorry was blown up by a mine planted near the village of Tovuz."))
        .anySatisfy(e -> {
          assertThat(e.location().name()).contains("Tovuz");
          assertThat(e.subtype()).isEqualTo("remote_explosive");
        });
  }

  @Test
  void aSalvoOfRocketsSentAtAPlaceIsShelling() {
    assertThat(attacks("The militia answered on Saturday with a salvo of Grad rockets at the town of Goris."))
        .anySatisfy(e -> {
          assertThat(e.location().name()).contains("Goris");
          assertThat(e.subtype()).isEqualTo("shelling");
        });
  }

  @Test
  void aBarrageOfQuestionsOrAMineOfGoldIsNoAttack() {
    assertThat(attacks("The minister faced a barrage of questions at the town hall in Goris on Saturday.")).isEmpty();
    assertThat(attacks("The old copper mine near Goris was hit by a flood on Saturday, officials said.")).isEmpty();
  }

  private static void kindAt(String sentence, String kind) {
    assertThat(attacks(sentence)).as(sentence).anySatisfy(e -> {
      assertThat(e.location().name()).contains("Goris");
      assertThat(e.subtype()).isEqualTo(kind);
    });
  }

  @Test
  void aSuicideBombOrARammedCarBombNamesTheAssaultsKind() {
    kindAt("Militants stormed a hotel in Goris on Saturday, setting off a suicide bomb before opening fire on guests, "
        + "police said.", "suicide_bomb");
    kindAt("On Saturday a militant rammed an explosives-laden car into a bus near Goris, killing 12, officials said.",
        "suicide_bomb");
  }

  @Test
  void fightersStormingACampOfTheDisplacedAttackCivilians() {
    kindAt("Gunmen stormed parts of the displacement camp outside Goris on Saturday, killing 30 people, aid workers "
        + "said.", "attack_on_civilians");
  }
}
