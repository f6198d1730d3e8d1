package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A capital named as where someone spoke ("told reporters in Baku", "a news conference in Yerevan") or as a clock
 * ("06:30 Baku time", kept only when the clause names no other place) is no place of the attack; a capital that
 * was hit stays. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class SpeechPlaceTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void whereTheSpeakerToldTheNewsIsNoPlaceOfTheAttack() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(places(attacks("The army chief told reporters in Baku on Saturday that artillery had destroyed "
          + "two Armenian positions."))).doesNotContain("Baku");
      soft.assertThat(places(attacks("Speaking at a news conference in Yerevan, the defence minister said "
          + "Azerbaijani drones had struck a column on Saturday."))).doesNotContain("Yerevan");
      soft.assertThat(places(attacks("Azerbaijani artillery shelled Armenian posts on Saturday, a spokesman told a "
          + "briefing in Yerevan."))).doesNotContain("Yerevan");
      soft.assertThat(places(attacks("The defence minister told a news conference in Yerevan on Saturday that "
          + "Azerbaijani drones had hit a column."))).doesNotContain("Yerevan");
      soft.assertThat(places(attacks("A spokesman, reading a statement in Baku on Saturday: Armenian shells hit "
          + "Azerbaijani positions overnight."))).doesNotContain("Baku");
      soft.assertThat(places(attacks("\"Two soldiers died when a mine exploded on Saturday,\" the officer told a "
          + "Yerevan radio station."))).doesNotContain("Yerevan");
      soft.assertThat(places(attacks("Armenian forces shelled Tartar on Saturday, a presidential aide told a Baku "
          + "television channel."))).contains("Tartar").doesNotContain("Baku");
    });
  }

  @Test
  void aCapitalReadAsAClockIsNoPlaceOfTheAttack() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(places(attacks("Shells hit positions near Martakert at 10:15 Yerevan time on Saturday, the "
          + "ministry said."))).contains("Martakert").doesNotContain("Yerevan");
      soft.assertThat(places(attacks("The ministry said Armenian units opened fire at about 06:30 Baku time on "
          + "Saturday, wounding two soldiers in Tartar."))).doesNotContain("Baku");
      soft.assertThat(places(attacks("Drones struck a depot outside Tartar at 23:00 Baku time on Saturday, Armenian "
          + "officials said."))).contains("Tartar").doesNotContain("Baku");
    });
  }

  @Test
  void aCapitalThatWasHitStays() {
    assertThat(places(attacks("Azerbaijani drones struck Yerevan on Saturday, the Armenian defence ministry told "
        + "reporters."))).contains("Yerevan");
    assertThat(places(attacks("Shells fell in Stepanakert on Saturday, officials told a news conference.")))
        .contains("Stepanakert");
  }

  @Test
  void journalistsHitAtAPlaceLeaveItThePlaceOfTheAttack() {
    assertThat(places(attacks("Armenian shells hit a group of journalists in Tartar on Saturday, the ministry said.")))
        .contains("Tartar");
    assertThat(places(attacks("A drone struck a television crew at Martuni on Saturday, Armenian officials said.")))
        .contains("Martuni");
  }
}
