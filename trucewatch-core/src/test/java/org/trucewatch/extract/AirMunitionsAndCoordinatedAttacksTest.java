package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, missed attacks and subtypes: munitions dropped or fired from drones and aircraft are air strikes, two
 * attacks told in clauses joined by ", and" keep their own attacker and kind, and "on Thursday and Friday" is a day
 * each. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AirMunitionsAndCoordinatedAttacksTest {

  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> attacks(String text) {
    return SundayStory.attacks(text);
  }

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void munitionsDroppedOrFiredFromTheAirAreAirStrikes() {
    subtype("On Saturday an Azerbaijani quadcopter released two grenades over an Armenian trench near Martuni.",
        "air_drone_strike");
    subtype("Early on Saturday Azerbaijani drones dropped three grenades close to a checkpoint near Martuni.",
        "air_drone_strike");
    subtype("On Saturday a guided missile fired from a drone struck a house in Martakert.", "air_drone_strike");
    subtype("Rockets launched from Azerbaijani helicopters hit a village near Martakert on Saturday.",
        "air_drone_strike");
    // fired from a place, or thrown by hand, they keep their kind
    subtype("Rockets fired from Armenian positions hit a village near Tartar on Saturday.", "shelling");
    subtype("A soldier threw a grenade at the checkpoint in Martuni on Saturday.", "grenade");
  }

  @Test
  void attacksInClausesJoinedByAndKeepTheirOwnAttackers() {
    List<Event> two = attacks("A rocket barrage from Armenia killed two civilians in Ganja on Saturday, and "
        + "Azerbaijani air strikes in response killed four soldiers near Martuni.");
    assertThat(two).anySatisfy(e -> {
      assertThat(e.location().name()).isEqualTo("Ganja");
      assertThat(e.subtype()).isEqualTo("shelling");
      assertThat(e.perpetratorSide()).isEqualTo("AM");
    });
    assertThat(two).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo("air_drone_strike");
      assertThat(e.perpetratorSide()).isEqualTo("AZ");
    });
    List<Event> other = attacks("Mortar fire from Azerbaijani positions wounded a farmer in Sotk on Saturday, and "
        + "Armenian drones destroyed an army truck near Tovuz hours later.");
    assertThat(other).anySatisfy(e -> {
      assertThat(e.location().name()).isEqualTo("Sotk");
      assertThat(e.subtype()).isEqualTo("shelling");
      assertThat(e.perpetratorSide()).isEqualTo("AZ");
    });
    assertThat(other).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo("air_drone_strike");
      assertThat(e.perpetratorSide()).isEqualTo("AM");
    });
  }

  @Test
  void strikesOnTwoDaysJoinedByAndAreAnAttackEachDay() {
    assertThat(attacks("Azerbaijani artillery shelled Martuni on Thursday and Friday, officials said."))
        .extracting(Event::date).contains(LocalDate.of(2020, 10, 22), LocalDate.of(2020, 10, 23));
    assertThat(attacks("Armenian drones struck positions near Tartar on Wednesday and Thursday, Baku said."))
        .extracting(Event::date).contains(LocalDate.of(2020, 10, 21), LocalDate.of(2020, 10, 22));
  }
}
