package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day of a statement dates the telling, not the attack it tells: "said on Sunday Russian forces had shelled the
 * town on Saturday" is Saturday's shelling, "that" or no "that". Stories written for this test, published on Sunday
 * 25 October 2020.
 */
class SpeechDayTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  @Test
  void aDayRightAfterSaidWithoutThatDatesTheSaying() {
    List<Event> events = attacks("Armenia's defence ministry said on Sunday Azerbaijani artillery had pounded Martuni "
        + "with heavy shells on Friday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aDayRightAfterSaidWithThatStillDatesTheSaying() {
    List<Event> events = attacks("Armenia's defence ministry said on Sunday that Azerbaijani artillery had pounded "
        + "Martuni with heavy shells on Friday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aDayBeforeADenialDatesTheDenial() {
    List<Event> events = attacks("Azerbaijan's defence ministry on Sunday denied its drones had struck a fuel depot "
        + "in Hadrut on Friday, calling the report a fabrication.");
    assertThat(daysAt(events, "Hadrut")).containsExactly(FRIDAY);
  }

  @Test
  void aDayRightAfterADenialDatesTheDenial() {
    List<Event> events = attacks("Azerbaijan's defence ministry denied on Sunday its drones had struck a fuel depot "
        + "in Hadrut on Friday.");
    assertThat(daysAt(events, "Hadrut")).containsExactly(FRIDAY);
  }

  @Test
  void aDayOfAStatementAfterTheVerbDatesTheStatement() {
    List<Event> events = attacks("The Armenian defence ministry said in a statement on Sunday enemy rockets had "
        + "struck a school in Martuni on Friday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aDayOfAStatementDatesTheStatement() {
    List<Event> events = attacks("In a statement on Sunday, the Armenian defence ministry said enemy rockets had "
        + "struck a school in Martuni on Friday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aDayToldToReportersDatesTheTelling() {
    List<Event> events = attacks("A ministry spokeswoman told reporters on Sunday Azerbaijani troops had shelled "
        + "Martuni on Saturday, wounding two farmers.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void theAttacksOwnDayBeforeTheSayingStaysItsOwn() {
    List<Event> events = attacks("Azerbaijani artillery shelled Martuni on Friday, the Armenian defence ministry said "
        + "on Sunday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(FRIDAY);
  }

  @Test
  void aStrikeWithNoDayOfItsOwnTakesTheDayToldBeforeTheSaying() {
    List<Event> events = attacks("Heavy fighting raged around Martuni on Friday. The Armenian defence ministry said on "
        + "Saturday Azerbaijani drones had struck a school in Martuni.");
    assertThat(daysAt(events, "Martuni")).contains(FRIDAY).doesNotContain(SATURDAY);
  }

  @Test
  void aStrikeToldInAStatementTakesTheNightToldBefore() {
    List<Event> events = attacks("Explosions were heard over Hadrut on Friday. In a statement on Saturday, the "
        + "Armenian defence ministry said a drone had hit a fuel depot in Hadrut.");
    assertThat(daysAt(events, "Hadrut")).contains(FRIDAY).doesNotContain(SATURDAY);
  }

  @Test
  void aStrikeWithOnlyTheDayOfTheSayingKeepsIt() {
    List<Event> events = attacks("The Armenian defence ministry said on Saturday Azerbaijani drones had struck a school "
        + "in Martuni.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void aTrailingSayingsDayGivesWayToTheDayToldBefore() {
    List<Event> events = attacks("Heavy shelling was heard around Martuni on Friday. Two farmers were killed when a "
        + "rocket struck a barn in Martuni, the Armenian defence ministry said on Saturday.");
    assertThat(daysAt(events, "Martuni")).contains(FRIDAY).doesNotContain(SATURDAY);
  }

  @Test
  void aTrailingSayingWithNothingToldBeforeKeepsItsDay() {
    List<Event> events = attacks("Two farmers were killed when a rocket struck a barn in Martuni, the Armenian defence "
        + "ministry said on Saturday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void aTrailingSayingKeepsItsDayOverTheLeadsDay() {
    List<Event> events = attacks("Fighting flared near Hadrut on Friday, local officials said.",
        "Azerbaijani troops fired on Martuni, the Armenian defence ministry said on Saturday.");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }
}
