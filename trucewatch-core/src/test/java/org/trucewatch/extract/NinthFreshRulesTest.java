package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules read from the ninth round's fresh reports: a truce that "applies from" a day, "a halt to all military
 * operations", a truce agreed at a clock time with no day, forces that "had taken" a town, protesters storming
 * buildings, and a dateline that gives the day first and the place in brackets. Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class NinthFreshRulesTest {

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aTruceThatAppliesFromADayStartsThatDay() {
    assertThat(of(EventType.CEASEFIRE, "Under the statement, a complete ceasefire applies in the conflict zone from "
        + "midnight on 24 October.")).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aHaltToAllMilitaryOperationsIsATruce() {
    assertThat(of(EventType.CEASEFIRE, "A halt to all military operations took effect at noon on Saturday."))
        .extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aTruceAgreedAtAClockTimeTakesTheDayTold() {
    assertThat(of(EventType.CEASEFIRE, "Fighting broke out on the border on Saturday.",
        "Through the mediation of the peacekeepers, an agreement was reached at about 10:00 on the resumption of the "
            + "ceasefire."))
        .extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void forcesThatHadTakenATownTookIt() {
    assertThat(of(EventType.ATTACK, "Azerbaijan said on Saturday that its troops had taken Shusha."))
        .extracting(Event::subtype).containsExactly("territory_taken");
  }

  @Test
  void protestersStormingBuildingsIsNoAttack() {
    assertThat(of(EventType.ATTACK, "On Saturday, protesters stormed government buildings in Yerevan.")).isEmpty();
  }

  @Test
  void aDatelineWithTheDayFirstAndThePlaceInBracketsNeitherDatesNorPlacesTheAttack() {
    assertThat(of(EventType.ATTACK, "October 25, 2020 (EL FASHER) - Army warplanes bombed the market of Kutum on "
        + "Friday, killing 20 people, activists said.")).singleElement().satisfies(e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 23));
          assertThat(e.location().surface()).isNotEqualTo("El Fasher");
        });
  }

  @Test
  void anAttackToldADayAfterTheDayNamedHappenedTheDayBefore() {
    assertThat(of(EventType.ATTACK, "The market in Khan Younis stood empty on Sunday, a day after rockets and shells "
        + "slammed into its stalls.")).extracting(Event::date).containsExactly(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aKillingInsideAnAccusationToldDaysAfterIsNotDatedByTheAccusation() {
    assertThat(of(EventType.ATTACK, "A soldier was killed on Sunday by Indian firing in Uri, two days after India "
        + "accused Pakistani troops of killing two of its soldiers near Poonch.")).extracting(Event::date)
        .contains(LocalDate.of(2020, 10, 25)).doesNotContain(LocalDate.of(2020, 10, 23));
  }
}
