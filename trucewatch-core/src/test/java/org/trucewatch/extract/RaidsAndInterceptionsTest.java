package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks told by phrasings the rules did not read: a ground raid by an armed side on posts or positions, and
 * incoming fire told by its interception or shoot-down over a place, and a fronted place kept when a clause after a
 * semicolon says what was reported. Sentences written for this test, published on
 * Sunday 25 October 2020.
 */
class RaidsAndInterceptionsTest {

  private static List<Event> attacks(String sentence) {
    return SundayStory.attacks(sentence);
  }

  private static void attackAt(String sentence, String place) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> assertThat(e.location()).as(sentence).isNotNull()
            .satisfies(l -> assertThat(l.name()).as(sentence).contains(place)));
  }

  private static void noAttack(String sentence) {
    assertThat(attacks(sentence)).as(sentence).isEmpty();
  }

  @Test
  void aRaidByAnArmedSideOnPostsOrPositionsIsAnAttack() {
    attackAt("The ministry said its troops had beaten back a raid by an enemy sabotage group near Tovuz on Sunday.",
        "Tovuz");
    attackAt("Enemy commandos raided an army post outside Goris on Sunday, the ministry said.", "Goris");
    attackAt("A cross-border raid on a military post near Tovuz left two soldiers dead on Sunday.", "Tovuz");
    attackAt("On Sunday Azerbaijani special forces staged a night raid on Armenian positions near Goris.", "Goris");
  }

  @Test
  void raidsOfPoliceAndInspectorsAreNoAttack() {
    noAttack("Police raided a house in Goris on Sunday and arrested two suspects, a spokesman said.");
    noAttack("Tax inspectors raided the offices of a bank in Goris on Sunday, the ministry said.");
    noAttack("On Sunday security services carried out a raid on a flat near Tovuz and detained a man.");
  }

  @Test
  void incomingFireInterceptedOrShotDownOverAPlaceIsAnAttack() {
    attackAt("Air defences intercepted two missiles over Goris on Sunday, the ministry said.", "Goris");
    attackAt("On Sunday three rockets fired at Tovuz were intercepted, the army said.", "Tovuz");
    attackAt("An enemy drone was shot down over Goris on Sunday, the ministry said.", "Goris");
    attackAt("Armenian air defence units downed a combat drone over Tovuz on Sunday.", "Tovuz");
  }

  @Test
  void theSideThatInterceptsIsNeverTheAttacker() {
    for (String sentence : List.of(
        "Armenian air defence units downed a combat drone over Goris on Sunday.",
        "On Sunday Armenian forces intercepted three rockets over Goris, the ministry said.")) {
      assertThat(attacks(sentence)).as(sentence)
          .allSatisfy(e -> assertThat(e.perpetratorSide()).as(sentence).isNotEqualTo("AM"));
    }
  }

  @Test
  void goodsInterceptedAreNoAttack() {
    noAttack("Police intercepted a shipment of drugs near Goris on Sunday, officials said.");
    noAttack("Border guards intercepted a truck carrying smuggled cigarettes near Tovuz on Sunday.");
  }

  @Test
  void aPlaceFrontedBeforeACommaStaysWhenASemicolonClauseSaysWhatWasReported() {
    attackAt("Near Tovuz, enemy troops fired mortars at our positions on Sunday; no losses were reported.", "Tovuz");
    attackAt("In Goris, a drone struck a car on Sunday; no injuries were reported.", "Goris");
    attackAt("Near Goris, a village close to the border, enemy units shelled our posts on Sunday; no casualties were "
        + "reported.", "Goris");
  }
}
