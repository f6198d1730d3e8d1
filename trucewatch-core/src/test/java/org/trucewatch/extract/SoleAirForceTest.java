package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.trucewatch.pipeline.Articles;
import org.junit.jupiter.api.Test;

/**
 * In a war where one side alone flies warplanes (the profile's {@code soleAirForce}: Sudan's army), an air strike by
 * aircraft with no attacker named is inferred to be that side's; a drone strike, which either side flies, is not.
 * Sentences written for this test, dated against Sunday 14 July 2024 (the profile holds the war from April 2023).
 */
class SoleAirForceTest {

  private static final LocalDate SUNDAY = LocalDate.of(2024, 7, 14);

  private static List<Event> attacks(String... paragraphs) {
    return SundayStory.PIPELINE.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY,
        DateBasis.PUBLICATION).events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void anUnclaimedAirStrikeIsTheSoleAirForces() {
    List<Event> a = attacks("The army and the Rapid Support Forces have fought for Khartoum since April.",
        "An air strike killed 12 people in the Mayo district of southern Khartoum on Sunday, health officials said.");
    assertThat(a).isNotEmpty();
    assertThat(a).allMatch(e -> "SD".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void aDroneStrikeNamesNobody() {
    List<Event> a = attacks("The army and the Rapid Support Forces have fought for Kordofan since April.",
        "A drone strike hit a fuel depot in El Obeid on Sunday, the third air strike on the city this week, "
        + "residents said.");
    assertThat(a).isNotEmpty();
    assertThat(a).allMatch(e -> e.perpetratorSide() == null);
  }
}
