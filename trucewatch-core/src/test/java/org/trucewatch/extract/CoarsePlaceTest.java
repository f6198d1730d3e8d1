package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack per place and day, at the finest place told: a front line or region named only to say where another
 * coarse place lies, or where a sector the gazetteer lacks lies, is no attack of its own. Sentences written for this
 * test (the sector names are made up), dated against Sunday 25 October 2020.
 */
class CoarsePlaceTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aRegionAfterTheLineWithTheOnlySaysWhereTheLineRuns() {
    assertThat(names(attacks("Small-arms fire hit several Indian posts along the LoC in the Kashmir Valley overnight, "
        + "the army said on Sunday. Residents of Kupwara were asked to stay indoors.")))
        .contains("Line of Control (Kashmir)").doesNotContain("Kashmir Valley");
    assertThat(names(attacks("Officials in Kupwara said Pakistani posts opened fire on the Line of Control in the "
        + "Kashmir Valley on Saturday night."))).doesNotContain("Kashmir Valley");
    assertThat(names(attacks("Russian-backed forces shelled Ukrainian positions along the contact line in the Donbas "
        + "on Saturday, the army said."))).hasSize(1);
  }

  @Test
  void aSectorTheGazetteerLacksIsTheAttacksPlaceNotTheLine() {
    assertThat(names(attacks("Indian troops opened fire across the Line of Control in the Dhalwan sector on Saturday, "
        + "the Pakistani military said. Schools in Poonch stayed shut on Sunday.")))
        .containsExactly("Dhalwan sector");
    assertThat(names(attacks("Mortar shells fired by Pakistani troops landed in the Tarwali sector along the LoC on "
        + "Saturday, officials in Poonch said."))).containsExactly("Tarwali sector");
  }

  @Test
  void sectorsListedTogetherAreOneAttackEach() {
    assertThat(names(attacks("Pakistani posts fired across the LoC in areas opposite the Kalsar and Moorpur sectors on "
        + "Saturday night, an army spokesman in Srinagar said.")))
        .containsExactly("Kalsar sector", "Moorpur sector");
  }

  @Test
  void theDistrictOfWhichTheSectorsArePartIsNoAttackOfItsOwn() {
    assertThat(names(attacks("Pakistan's army said Indian soldiers targeted civilians in the Nakyal and Dhalwan "
        + "sectors of Kotli district on Saturday."))).contains("Dhalwan sector").doesNotContain("Kotli");
  }

  @Test
  void aCompassWordOrASectorThatHoldsAVillageMakesNoSector() {
    assertThat(names(attacks("Pakistani troops fired along the LoC in the Northern sector on Saturday, officials in "
        + "Poonch said."))).noneMatch(n -> n.contains("sector"));
    assertThat(names(attacks("A soldier was wounded on Saturday when a shell hit a post in Balnoi village of the "
        + "Dhalwan sector in Poonch, officials said."))).contains("Balnoi").noneMatch(n -> n.contains("sector"));
  }

  @Test
  void whereInfiltratorsMeantToGetIsNoPlaceTheAttackHit() {
    assertThat(names(attacks("Indian commandos raided camps along the Line of Control on Saturday and killed militants "
        + "waiting to infiltrate into Jammu and Kashmir, the army said."))).doesNotContain("Jammu and Kashmir");
    assertThat(names(attacks("Pakistani troops shelled villages along the Line of Control on Saturday to help "
        + "militants sneak into Jammu and Kashmir, police said."))).doesNotContain("Jammu and Kashmir");
    assertThat(names(attacks("Militants preparing to slip into Jammu and Kashmir were targeted by Indian artillery "
        + "along the LoC on Saturday, officials in Kotli said."))).doesNotContain("Jammu and Kashmir");
    // a place troops moved into is where they then fired
    assertThat(names(attacks("Israeli troops moved into Rafah on Saturday and shelled homes, residents said.")))
        .hasSize(1);
  }

  @Test
  void aSectorIsPlacedOnTheLineNotInTheMiddleOfACountry() {
    Event e = attacks("Pakistan said Indian troops fired mortars at villages in Pakistan along the Line of Control in "
        + "the Zarkot sector on Saturday. Schools in Kotli and Poonch stayed shut.").get(0);
    assertThat(e.location().name()).isEqualTo("Zarkot sector");
    assertThat(e.location().lat()).isGreaterThan(32.0); // the line's point, not Pakistan's middle (30 N)
  }
}
