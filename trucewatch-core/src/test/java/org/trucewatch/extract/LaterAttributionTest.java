package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks for a title that covers a country, which date a strike takes, and reports with attack words that are no
 * attack. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class LaterAttributionTest {

  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> events(String... paragraphs) {
    return SundayStory.events(paragraphs);
  }

  private static List<Event> attacks(String... paragraphs) {
    return events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void theOwnerOfATitleForACountrySpeaksNotTheCountry() {
    List<Event> found = events("Strikes on Saada",
        "Air strikes on a market in Saada killed 14 people on Sunday, the UN humanitarian coordinator for Yemen said.");
    assertThat(found).filteredOn(e -> e.type() == EventType.ATTACK).isNotEmpty()
        .allSatisfy(e -> assertThat(e.claims()).noneMatch(c -> "YE".equals(c.side())));
  }

  @Test
  void policeFiringOnProtestersIsNoAttack() {
    assertThat(attacks("Protest in Nairobi",
        "Police opened fire on demonstrators outside parliament in Nairobi on Sunday.")).isEmpty();
  }

  @Test
  void aDateNamingAnotherEventDoesNotDateTheStrike() {
    List<Event> found = attacks("Strike in Khan Younis",
        "The army said its jets struck a commander in Khan Younis, calling him a planner of the October 7 assault.");
    assertThat(found).filteredOn(e -> "air_drone_strike".equals(e.subtype()) || "attack".equals(e.subtype()))
        .isNotEmpty().anySatisfy(e -> assertThat(e.date()).isNotEqualTo(LocalDate.of(2020, 10, 7)));
  }
}
