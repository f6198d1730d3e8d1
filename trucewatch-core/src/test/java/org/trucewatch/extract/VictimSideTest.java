package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack whose attacker is not named but whose victim is, as a side of a two-camp war, was made by the other camp
 * ("Ukrainian positions came under fire", "two Yemeni soldiers were killed by a drone attack"), whoever reports it;
 * and a group's adjective before an attack noun names the group ("a Houthi drone attack", "Pak shelling").
 * Sentences written for this test, dated against Sunday 14 July 2024 or a day of the war they tell.
 */
class VictimSideTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  @Test
  void positionsThatCameUnderFireWereFiredOnByTheOtherSide() {
    List<Event> a = attacks("2020-05-14", "The separatists and Kyiv's forces traded accusations on Wednesday.",
        "Ukrainian positions near Hnutove and Talakivka came under fire from grenade launchers on Wednesday.");
    assertThat(a).isNotEmpty().allMatch(e -> "DPR".equals(e.perpetratorSide()) && e.perpetratorInferred());
  }

  @Test
  void soldiersKilledByAnUnnamedAttackerWereKilledByTheOtherSide() {
    List<Event> a = attacks("2022-11-22", "The Houthis and the government have fought over Marib for two years.",
        "Three Yemeni soldiers were killed by a drone attack in Marib on Monday, medical sources said.");
    assertThat(a).isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
  }

  @Test
  void aSoldierOfANamedArmyWasHitByTheOtherSide() {
    List<Event> a = attacks("2020-07-09", "The separatists and Kyiv's forces traded accusations on Wednesday.",
        "One serviceman of the Armed Forces of Ukraine was killed by mortar fire near Pisky on Wednesday, "
        + "the DPR People's Militia said.");
    assertThat(a).isNotEmpty().allMatch(e -> "DPR".equals(e.perpetratorSide()));
  }

  @Test
  void theVictimsSideOutweighsTheSpeakersSide() {
    // the Indian army reporting Pakistani dead tells its own fire, not Pakistan's
    List<Event> a = attacks("2020-06-05",
        "Two Pakistani soldiers were killed by mortar shelling in the Battal sector of Poonch on Thursday, "
        + "the Indian Army said.");
    assertThat(a).isNotEmpty().allMatch(e -> "IN".equals(e.perpetratorSide()));
  }

  @Test
  void theObjectOfAHarmingVerbIsTheSideHit() {
    List<Event> a = attacks("2025-02-02", "The army and the RSF fought in Kordofan.",
        "Shelling killed four Sudanese soldiers in Babanusa on Saturday, a local official said.");
    assertThat(a).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }

  @Test
  void aGroupsAdjectiveBeforeAnAttackNounNamesTheGroup() {
    assertThat(attacks("2022-11-22", "A Houthi drone attack hit the al-Dhabba oil terminal in al-Shihr on Monday."))
        .isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()) && !e.perpetratorInferred());
    assertThat(attacks("2022-11-22", "Huthi shelling hit the Hays district of Hodeidah on Monday, killing a child."))
        .isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()) && !e.perpetratorInferred());
    assertThat(attacks("2020-06-05", "Pak shelling damaged three houses in Kirni, Poonch on Thursday."))
        .isNotEmpty().allMatch(e -> "PK".equals(e.perpetratorSide()) && !e.perpetratorInferred());
  }
}
