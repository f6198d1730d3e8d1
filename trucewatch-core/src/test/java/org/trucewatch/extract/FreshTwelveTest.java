package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gaps fresh12's held-out dev reports (Karabakh, Lebanon, Syria) showed, on sentences written for this test and
 * dated against Sunday 25 October 2020 ({@link SundayStory}): a bulletin's "subjected the territories of ... to fire",
 * a live blog's timestamped entry, a truce agreed "to stop fighting" or ordered, names of the gazetteer's rows, and a
 * side's aircraft that "struck" a town (the known Yemen error).
 */
class FreshTwelveTest {

  private static final java.time.LocalDate SATURDAY = SundayStory.SUNDAY.minusDays(1);

  @Test
  void territoriesSubjectedToFireAreShelledPlaces() {
    List<Event> found = SundayStory.of(EventType.ATTACK, "On Saturday the armed forces of Armenia subjected the "
        + "outskirts of the Tartar and Aghjabadi districts to heavy fire from artillery, the ministry in Baku said.");
    assertThat(found).anySatisfy(e -> {
      assertThat(e.location().name()).containsIgnoringCase("Tartar");
      assertThat(e.date()).isEqualTo(SATURDAY);
      assertThat(e.perpetratorSide()).isEqualTo("AM");
    });
  }

  @Test
  void aLiveEntryIsDatedByTheBlogsDayNotItsFirstEntrys() {
    List<Event> found = SundayStory.of(EventType.ATTACK, "Live: new strikes in the south",
        "09:40 The army says the rockets fired from Lebanon on Thursday fell in open ground.",
        "18:20 State media report Israeli air strikes on Khiam and Markaba.");
    assertThat(found).anySatisfy(e -> {
      assertThat(e.location().name()).containsIgnoringCase("Khiam");
      assertThat(e.date()).isEqualTo(SundayStory.SUNDAY);
    });
  }

  @Test
  void anAgreementToStopFightingFromAnHourIsATruceOfThatDay() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The separatist leaders agreed to stop fighting from 13:00 on "
        + "Saturday, their information centre said.")).anySatisfy(e -> assertThat(e.date()).isEqualTo(SATURDAY));
  }

  @Test
  void aCeasefireTheMinisterHasOrderedStartsOnTheDayTold() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The defence minister has ordered a complete ceasefire for all "
        + "units inside the city, the ministry said.")).anySatisfy(e -> {
          assertThat(e.subtype()).isEqualTo("start");
          assertThat(e.date()).isEqualTo(SundayStory.SUNDAY);
        });
  }

  @Test
  void haris_inALebaneseStory_isTheLebaneseVillage() {
    assertThat(SundayStory.of(EventType.ATTACK, "An Israeli air strike hit a house in Haris in south Lebanon on "
        + "Saturday, the Lebanese health ministry said.")).anySatisfy(
            e -> assertThat(e.location().country()).isEqualTo("LB"));
  }

  @Test
  void theTiyasAirBaseIsAPlace() {
    assertThat(SundayStory.of(EventType.ATTACK, "Israeli jets fired missiles at the Tiyas air base in the desert "
        + "on Saturday, the state news agency SANA said.")).anySatisfy(
            e -> assertThat(e.location().name()).contains("Tiyas"));
  }

  @Test
  void aSidesAircraftThatStruckATownAreItsPerpetrator() {
    assertThat(SundayStory.of(EventType.ATTACK, "Saudi-led coalition warplanes struck Sanaa on Friday, witnesses "
        + "said.")).anySatisfy(e -> assertThat(e.perpetratorSide()).isEqualTo("SA"));
  }
}
