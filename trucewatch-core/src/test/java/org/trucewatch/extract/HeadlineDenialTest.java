package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Militia denies role in market strike" over a lead that tells the strike the other camp alleges: a headline's denial
 * answers the lead's allegation against the denier's camp, though the body never repeats it. Pages written for this
 * test, dated against Sunday 25 October 2020.
 */
class HeadlineDenialTest {

  @Test
  void aHeadlineDenyingARoleDeniesTheLeadsAttack() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Hezbollah denies role in rocket attack on Nahariya",
        "Rockets fired from southern Lebanon hit Nahariya on Saturday, wounding two people, the Israeli military "
            + "said, blaming Hezbollah for the barrage.",
        "Sirens sounded across the western Galilee and residents spent the night in shelters."));
    assertThat(SundayStory.at(page, "Nahariya").deniedBy()).anyMatch(d -> d.contains("Hezbollah"));
  }

  @Test
  void aHeadlineRejectingBlameDeniesTheLeadsAttack() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Drone strike kills 12 at El Obeid market; RSF rejects blame",
        "A drone struck the central market in El Obeid on Saturday, killing 12 people, the Sudanese army said, "
            + "accusing the Rapid Support Forces of targeting civilians.",
        "Doctors at the city hospital appealed for blood donors."));
    assertThat(SundayStory.at(page, "El Obeid").deniedBy()).anyMatch(d -> d.contains("Rapid Support")
        || d.contains("RSF"));
  }

  @Test
  void aHeadlineDenyingTheActItselfDeniesTheLeadsAttack() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Azerbaijan denies shelling border villages as Yerevan reports damage",
        "Azerbaijani forces shelled the village of Sotk on Saturday, damaging several houses, the Armenian defence "
            + "ministry said.",
        "Local officials said the residents had been moved to the basement of the school."));
    assertThat(SundayStory.at(page, "Sotk").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void aHeadlineDenyingTheOtherSidesOwnAccountDeniesTheAct() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Baku denies any strike on its positions near Lachin",
        "The Armenian defence ministry said its artillery had struck Azerbaijani positions near Lachin on Saturday, "
            + "destroying two posts, in response to earlier fire.",
        "Azerbaijan's defence ministry called the report a fabrication."));
    assertThat(SundayStory.at(page, "Lachin").deniedBy()).anyMatch(d -> d.contains("Azerbaijan") || d.contains("Baku"));
  }

  @Test
  void aHeadlineEndingInDeniesRoleDeniesTheLeadsAttack() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Karabakh officials say two killed as shells hit Martakert; Azerbaijan denies involvement",
        "Two civilians were killed when shells struck a street in Martakert on Saturday, Karabakh officials said.",
        "Rescuers searched the damaged houses into the evening."));
    assertThat(SundayStory.at(page, "Martakert").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
    List<Event> other = SundayStory.pageAttacks(String.join("\n\n",
        "Rockets hit Nahariya, two wounded; Hezbollah denies responsibility",
        "Two people were wounded when rockets hit Nahariya on Saturday, the Israeli military said.",
        "Sirens sounded across the western Galilee."));
    assertThat(SundayStory.at(other, "Nahariya").deniedBy()).anyMatch(d -> d.contains("Hezbollah"));
  }

  @Test
  void aHeadlineAllegingTheAttackDeniesNothing() {
    List<Event> page = SundayStory.pageAttacks(String.join("\n\n",
        "Armenia says Azerbaijani artillery shelled Sotk",
        "Azerbaijani forces shelled the village of Sotk on Saturday, damaging several houses, the Armenian defence "
            + "ministry said."));
    assertThat(SundayStory.at(page, "Sotk").deniedBy()).isEmpty();
  }
}
