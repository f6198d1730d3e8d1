package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One attack told twice, once by its town and once by its region or front line, is one event at the town: a region
 * placed attack, told after the same side hit a town that day, is that attack summed up. Another side's fire along the line,
 * or a region with no town told that day, stays. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class RegionBesideTownTest {

  private static List<String> names(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().name()).toList();
  }

  @Test
  void aProvinceSummingUpTheTownsRaidIsNoAttackOfItsOwn() {
    // the lead names the town, a later paragraph sums the day up by its province, in the passive
    assertThat(names(attacks("Government warplanes struck the town of Saraqib on Saturday, killing four people, "
        + "rescuers said.", "Homes across Idlib province were hit by government rockets on Saturday, the monitor "
        + "added."))).anyMatch(n -> n.startsWith("Sar")).noneMatch(n -> n.contains("Idlib"));
  }

  @Test
  void theFrontLineRetellingAVillagesShellingIsNoAttackOfItsOwn() {
    // the same side's fire told by a village and by the front line, in one wire story
    assertThat(names(attacks("Azerbaijani forces shelled Martuni on Saturday, the Armenian defence ministry said.",
        "Azerbaijani artillery also pounded the line of contact on Saturday, the ministry said.")))
        .hasSize(1).noneMatch(n -> n.contains("line of contact"));
  }

  @Test
  void theArmysSummaryAfterTheMedicsAccountIsNoAttackOfItsOwn() {
    // the army's own summary of its raids after the medics' account of one house, in one sentence pair
    assertThat(names(attacks("Israeli jets bombed a house in Khan Younis on Saturday, killing three people, medics "
        + "said. Israel's military said its aircraft had struck militant targets across the Gaza Strip on Saturday.")))
        .hasSize(1).noneMatch(n -> n.contains("Gaza Strip"));
  }

  @Test
  void theOtherSidesFireAlongTheLineStays() {
    assertThat(names(attacks("Azerbaijan said Armenian forces shelled Tartar on Saturday.",
        "Armenia's defence ministry said Azerbaijani troops fired at its positions along the line of contact on "
        + "Saturday."))).hasSize(2).anyMatch(n -> n.contains("line of contact"));
  }

  @Test
  void aLeadsOverviewToldBeforeItsTownStays() {
    assertThat(names(attacks("Israeli aircraft pounded the Gaza Strip on Saturday, the military said.",
        "One of the strikes flattened a house in Khan Younis, killing three people, medics said.")))
        .anyMatch(n -> n.contains("Gaza Strip"));
  }

  @Test
  void aRegionWithNoTownThatDayStays() {
    assertThat(names(attacks("Israeli aircraft struck militant targets across the Gaza Strip on Saturday, the military "
        + "said.", "On Friday, jets had bombed a house in Khan Younis, medics said."))).contains("Gaza Strip");
  }

  @Test
  void aProvinceNamingTheAttackerAfterAnUnclaimedTownIsNoAttackOfItsOwn() {
    // the town's hit is told in the passive with no attacker; the province's summary names whose jets flew
    assertThat(names(attacks("A market in Saraqib was hit on Saturday, killing four people, rescuers said.",
        "Government warplanes bombed villages across Idlib province on Saturday, the monitor added.")))
        .anyMatch(n -> n.startsWith("Sar")).noneMatch(n -> n.contains("Idlib"));
  }

  @Test
  void theFrontLineNamingTheAttackerAfterAnUnclaimedVillageIsNoAttackOfItsOwn() {
    assertThat(names(attacks("Shells landed on Martuni on Saturday, wounding two civilians, officials said.",
        "Azerbaijani artillery pounded the line of contact on Saturday, the defence ministry said.")))
        .hasSize(1).noneMatch(n -> n.contains("line of contact"));
  }

  @Test
  void theStripNamingTheAttackerAfterAnUnclaimedHouseIsNoAttackOfItsOwn() {
    assertThat(names(attacks("A house in Beit Lahia was destroyed by a strike on Saturday, killing three people, "
        + "medics said.", "Israeli aircraft struck targets across the Gaza Strip on Saturday, the military said.")))
        .hasSize(1).noneMatch(n -> n.contains("Gaza Strip"));
  }

  @Test
  void aGovernorateNamingTheAttackerAfterAnUnclaimedTownIsNoAttackOfItsOwn() {
    assertThat(names(attacks("A school in Maarat al-Numan was hit on Saturday, wounding nine children, rescuers "
        + "said.", "Russian jets carried out raids across Idlib governorate on Saturday, the monitor said.")))
        .hasSize(1).noneMatch(n -> n.contains("Idlib"));
  }

  @Test
  void aFrontLineLeadTheNextSentencePlacesIsNoAttackOfItsOwn() {
    // the lead tells one soldier's death along the front, the next sentence the village where the same fire fell
    assertThat(names(attacks("Azerbaijani troops fired on Armenian positions along the line of contact on Saturday, "
        + "killing a conscript, the defence ministry said.", "The troops fired on a post near Martuni, the ministry "
        + "said."))).hasSize(1).noneMatch(n -> n.contains("line of contact"));
  }

  @Test
  void theUnclaimedTownTakesTheAttackerTheRegionsSummaryNames() {
    // the house's blow is told in the passive; the summary across the strip names whose aircraft flew
    List<Event> events = attacks("A house in Beit Hanoun was flattened by a blast on Saturday, killing two people, "
        + "rescuers said.", "Israeli aircraft hit militant sites across the Gaza Strip on Saturday, the army said.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).perpetratorSide()).isEqualTo("IL");
  }
}
