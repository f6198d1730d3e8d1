package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An attack whose place the gazetteer lacks is logged once, with no location, only where nothing else is placed. */
class UnplacedAttackTest {

  @Test
  void anAttackAtAnUnknownPlaceIsLoggedWithNoLocation() {
    List<Event> a = attacks("A suicide bomber blew himself up at a wedding in Qaryat Zuhur on Saturday, killing 14"
        + " guests, police said.");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).location()).isNull();
    assertThat(a.get(0).subtype()).isEqualTo("suicide_bomb");
    assertThat(a.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 24));
  }

  @Test
  void anUnplacedMentionBesideAPlacedAttackIsNotLoggedAgain() {
    List<Event> a = attacks("Armenian forces shelled Tartar on Saturday, the ministry said.",
        "A suicide bomber blew himself up at a wedding in Qaryat Zuhur on Saturday, police said.");
    assertThat(a).extracting(e -> e.location() == null ? null : e.location().name()).containsExactly("Tartar");
  }

  @Test
  void anUnplacedAttackWithoutItsOwnDateIsLoggedOnlyAsTheLeadsNewsOfTheDay() {
    // the lead of a report tells the day's news: its day is the report's, and the basis says so
    assertThat(attacks("A suicide bomber blew himself up at a wedding in Qaryat Zuhur, killing 14 guests."))
        .singleElement().satisfies(e -> {
          assertThat(e.location()).isNull();
          assertThat(e.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
        });
    // further down, a story retells: no day of its own, no place, no entry
    assertThat(attacks("Police said the guests had gathered in the courtyard.",
        "A suicide bomber blew himself up at a wedding in Qaryat Zuhur, killing 14 guests.")).isEmpty();
  }

  @Test
  void aPlacedBackgroundDoesNotKeepTheDaysUnplacedAttackOffTheLog() {
    // held-out snippet batch 20: an air strike on a town the gazetteer lacks, beside an army "which has been fighting"
    // militiamen around a known place (an undated background attack)
    assertThat(attacks("At least 26 people were killed when the centre of Qaryat Zuhur was struck from the air on"
        + " Saturday; residents blamed a drone of the army, which has been fighting militiamen around Tartar."))
        .singleElement().satisfies(e -> {
          assertThat(e.location()).isNull();
          assertThat(e.subtype()).isEqualTo("air_drone_strike");
        });
    assertThat(attacks("A drone hit a market in Qaryat Zuhur on Saturday, killing nine people, residents said; the army"
        + " has been fighting rebels around Tartar for months.")).extracting(Event::subtype)
        .containsExactly("air_drone_strike");
  }
}
