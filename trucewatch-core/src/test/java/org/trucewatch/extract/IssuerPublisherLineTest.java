package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's publisher named on the line right under its title, an organisation's name alone with no
 * "Press release" or date line ("Press Centre of the Eastern Army Group Headquarters"), is its issuer. Texts written
 * for this test, dated against Sunday 25 October 2020.
 */
class IssuerPublisherLineTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @Test
  void anOrganisationsNameUnderTheTitleIsThePublisher() {
    assertThat(ISSUER.ofLines(List.of("Press Centre of the Eastern Army Group Headquarters",
        "Over the past day the enemy shelled our positions twice.")))
        .isEqualTo("Press Centre of the Eastern Army Group Headquarters");
  }

  @Test
  void anOrganisationsNameFurtherDownOrInASentenceIsNot() {
    assertThat(ISSUER.ofLines(List.of("Over the past day the enemy shelled our positions twice.",
        "Press Centre of the Eastern Army Group Headquarters"))).isNull();
    assertThat(ISSUER.ofLines(List.of("Shelling reported overnight", "Fighting near the river",
        "Press Centre of the Eastern Army Group Headquarters"))).isNull();
    assertThat(ISSUER.ofLines(List.of("The Press Centre of the Eastern Army Group said the enemy shelled a village.")))
        .isNull();
  }

  @Test
  void thePublishersReportIsItsClaim() {
    List<Event> events = SundayStory.pageAttacks(String.join("\n\n",
        "Situation in the eastern operation area as of 08:00 on 25 October 2020",
        "Press Centre of the Eastern Army Group Headquarters",
        "Over the past day, 24 October, the enemy shelled our positions near Tartar with mortars."));
    assertThat(events).isNotEmpty().allMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("Press Centre")));
  }
}
