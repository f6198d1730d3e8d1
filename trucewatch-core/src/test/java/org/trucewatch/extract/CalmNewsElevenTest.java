package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the eleventh round's calm reports (war games, a ransomware leak, talks that failed, an election) showed: words
 * of war that tell no event, and a year that does not carry; on sentences written for this test, dated against Sunday
 * 25 October 2020.
 */
class CalmNewsElevenTest {

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.of(type, paragraphs);
  }

  @Test
  void theUseOfAWeaponPlannedInAnExerciseIsNoAttack() {
    assertThat(of(EventType.ATTACK, "Russia and Belarus began joint war games on Friday.",
        "Belarusian officials said the scenario includes planning the use of nuclear weapons and of Russia's new "
            + "Iskander missile, which Moscow plans to station in Belarus.")).isEmpty();
    assertThat(of(EventType.ATTACK, "Azerbaijan fired an Iskander missile at Stepanakert on Friday, Armenia said."))
        .isNotEmpty();
  }

  @Test
  void anAttackOfNoKindInAStoryOfComputerIntrusionIsNoViolence() {
    String hit = "Security researchers say the group has hit hospitals, schools and ministries in Yerevan on Friday.";
    assertThat(of(EventType.ATTACK, "The ransomware group Rhysida claimed the cyber attack on the national library, "
        + "which began on 20 October.", "Security researchers say the group has hit hospitals, schools and ministries "
        + "in several countries since it appeared in May.")).isEmpty();
    assertThat(of(EventType.ATTACK, "The ransomware group Rhysida claimed the cyber attack on the national library.",
        hit)).isEmpty();
    // the same words in a story of gunfire are an attack
    assertThat(of(EventType.ATTACK, "Gunmen fired on a bus outside Goris on Friday.", hit)).isNotEmpty();
  }

  @Test
  void talksThatBrokeDownWithoutAnAgreementAreNoTruceCollapsed() {
    assertThat(of(EventType.CEASEFIRE, "Western governments have urged Moscow to accept a 30-day truce.",
        "The last direct negotiations between the two sides took place in Istanbul in March, and broke down without "
            + "an agreement.")).isEmpty();
    assertThat(of(EventType.CEASEFIRE, "Western governments have urged Moscow to accept a 30-day truce.",
        "The last ceasefire agreement between the two sides, reached in Istanbul in March, broke down in April."))
        .anySatisfy(e -> assertThat(e.subtype()).isEqualTo("collapsed"));
  }

  @Test
  void sinceAYearSetsNoYearForTheMonthsThatFollow() {
    List<Event> truces = of(EventType.CEASEFIRE, "General Ivanyan has led the army since 2017. Under the truce agreed "
        + "in September, the army is to deploy along the line as troops withdraw within 60 days.");
    assertThat(truces).anySatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 9, 1)));
    assertThat(truces).noneMatch(e -> e.date() != null && e.date().getYear() == 2017);
  }

  @Test
  void accidentsAreNoAttacks() {
    assertThat(of(EventType.ATTACK, "A gas explosion tore through an apartment block in Goris on Friday, killing "
        + "seven residents, officials said.")).isEmpty();
    assertThat(of(EventType.ATTACK, "A blast at a tyre workshop spread to a fuel station in Goris on Friday, killing "
        + "12 people, officials said.")).isEmpty();
    assertThat(of(EventType.ATTACK, "A cargo plane skidded off the runway at Goris airport on Friday and caught fire "
        + "after hitting a fence, killing both pilots.")).isEmpty();
    assertThat(of(EventType.ATTACK, "An Azerbaijani drone hit a fuel station in Goris on Friday, killing 12 people, "
        + "Armenia said.")).isNotEmpty();
  }

  @Test
  void aPriceThatHitsALevelAndWhatATreatyBarsAreNoAttacks() {
    assertThat(of(EventType.ATTACK, "Wheat futures hit $12 a bushel in Chicago on Friday, the highest in a decade."))
        .isEmpty();
    assertThat(of(EventType.ATTACK, "The Armenian dram hit a record low against the dollar in Yerevan on Friday."))
        .isEmpty();
    assertThat(of(EventType.ATTACK, "Armenia and Azerbaijan on Friday renewed a 1994 accord that bars both armies from "
        + "attacking each other's border villages near Goris.")).isEmpty();
  }

  @Test
  void groundToldOnlyByItsSizeIsNoTownTaken() {
    assertThat(of(EventType.ATTACK, "The two presidents signed a peace accord in Washington on Friday meant to end the "
        + "war in the north, where rebels have seized large areas.")).isEmpty();
    assertThat(of(EventType.ATTACK, "Azerbaijani forces seized large areas of Hadrut on Friday, Armenia said."))
        .isNotEmpty();
  }
}
