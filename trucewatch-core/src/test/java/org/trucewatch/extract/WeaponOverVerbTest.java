package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * The kind of one act told in several sentences or words: the weapon named wins over a verb of no kind, missiles of a
 * side that fights from the air are an air strike, heavy weapons are shelling, a blow "from the air" an air strike.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class WeaponOverVerbTest {

  @Test
  void theWeaponToldLaterNamesTheKindOfAnActToldWithAVerbOfNoKind() {
    assertThat(attacks("Russian forces hit Kharkiv again on Sunday, the regional governor said.",
        "Missiles fired from across the border had struck a warehouse in Kharkiv, he said."))
        .extracting(Event::subtype).containsExactly("shelling");
  }

  @Test
  void missilesOfASideThatFightsFromTheAirAreAnAirStrike() {
    assertThat(attacks("Israeli missiles slammed into an apartment block in Khan Younis on Sunday, medics said."))
        .extracting(Event::subtype).containsExactly("air_drone_strike");
    // shells of the same side stay shelling
    assertThat(attacks("Israeli tanks shelled homes in Khan Younis on Sunday, medics said."))
        .extracting(Event::subtype).containsExactly("shelling");
  }

  @Test
  void heavyWeaponsAreShellingAndABlowFromTheAirAnAirStrike() {
    assertThat(attacks("Two soldiers died on Sunday when Pakistani troops opened up with heavy weapons on forward "
        + "posts in the Poonch sector, officials said."))
        .extracting(Event::subtype).containsExactly("shelling");
    assertThat(attacks("The school in Kramatorsk was struck from the air on Sunday, the mayor said."))
        .extracting(Event::subtype).containsExactly("air_drone_strike");
  }
}
