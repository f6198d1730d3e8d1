package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * The weapon of fire from afar told by words of no weapon: tanks that open fire fire shells; a bombardment by aircraft
 * is an air strike, one by no aircraft shelling. Sentences written for this test, dated against Sunday 25 October
 * 2020.
 */
class FireFromAfarKindTest {

  @Test
  void tanksThatOpenFireShellAPlace() {
    assertThat(attacks("Israeli tanks opened fire on a farm east of Khan Younis on Sunday, medics said."))
        .extracting(Event::subtype).containsOnly("shelling");
  }

  @Test
  void aBombardmentByAircraftIsAnAirStrike() {
    assertThat(attacks("Israeli aircraft kept up their bombardment of Nabatieh on Sunday, the state news agency "
        + "said.")).extracting(Event::subtype).containsOnly("air_drone_strike");
    assertThat(attacks("Azerbaijani forces bombarded Martuni on Sunday, local officials said."))
        .extracting(Event::subtype).containsOnly("shelling");
  }
}
