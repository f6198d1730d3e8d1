package org.trucewatch.extract;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * "Baku denies any clash" over a lead where the other camp's media report an exchange of fire with no attacker
 * named: a belligerent's headline denial of the act answers the lead's attack, whose attacker was only guessed.
 * Pages written for this test, dated against Sunday 25 October 2020.
 */
class HeadlineDenialInferredTest {

  private static List<Event> attacks(String... paragraphs) {
    return SundayStory.pageAttacks(String.join("\n\n", paragraphs));
  }

  @Test
  void aHeadlineDenyingAnyClashDeniesTheLeadsUnattributedFirefight() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("LIVE: Armenia says it repelled an attack near Sotk; Baku denies any clash",
          "Armenian media are reporting an exchange of fire near the village of Sotk on Saturday.",
          "Residents said they heard automatic weapons for about an hour."), "Sotk").deniedBy())
          .anyMatch(d -> d.contains("Baku") || d.contains("Azerbaijan"));
      soft.assertThat(SundayStory.at(attacks("LIVE: Israel says it foiled infiltration at Metula; Hezbollah denies any clash",
          "Israeli television reported a firefight near Metula on Saturday afternoon.",
          "Farmers in the area were told to leave their fields."), "Metula").deniedBy())
          .anyMatch(d -> d.contains("Hezbollah"));
      soft.assertThat(SundayStory.at(attacks("Heavy firing along the frontier; Pakistan denies any exchange of fire",
          "Indian media reported an exchange of fire near Uri on Saturday night.",
          "Schools in the area stayed shut."), "Uri").deniedBy())
          .anyMatch(d -> d.contains("Pakistan"));
    });
  }

  @Test
  void anAttackerGuessedFromThePlaceYieldsToTheSideDenyingTheAct() {
    SoftAssertions.assertSoftly(soft -> {
      Event lebanon = SundayStory.at(attacks("Israel says troops stopped a cell at Kfarchouba; Hezbollah denies any clash",
          "Israeli television reported a firefight near Kfarchouba on Saturday afternoon.",
          "Farmers in the area were told to leave their fields."), "Kfarchouba");
      soft.assertThat(lebanon.deniedBy()).anyMatch(d -> d.contains("Hezbollah"));
      Event tartar = SundayStory.at(attacks("Baku says it repelled a raid near Tartar; Yerevan denies any clash",
          "Azerbaijani media reported an exchange of fire near Tartar on Saturday.",
          "Residents said they heard machine guns for an hour."), "Tartar");
      soft.assertThat(tartar.deniedBy()).anyMatch(d -> d.contains("Yerevan") || d.contains("Armenia"));
      Event uri = SundayStory.at(attacks("India says intruders fired first near Kotli; Pakistan denies any firing",
          "Indian media reported an exchange of fire near Kotli on Saturday night.",
          "Schools in the area stayed shut."), "Kotli");
      soft.assertThat(uri.deniedBy()).anyMatch(d -> d.contains("Pakistan"));
    });
  }
}
