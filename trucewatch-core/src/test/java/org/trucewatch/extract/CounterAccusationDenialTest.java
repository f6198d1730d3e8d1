package org.trucewatch.extract;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A side that answers an attack laid at its door with a counter-accusation ("its units had only returned fire", "the
 * other side fired first", "accused Y of starting the fighting", "blamed Y for staging it") denies that attack, as
 * wire copy reads it; a side saying so about the other camp's attack denies nothing. Sentences written for this test.
 */
class CounterAccusationDenialTest {

  private static final String SOTK = "Azerbaijani forces shelled the village of Sotk on Saturday, wounding two "
      + "civilians, Armenia's defence ministry said.";
  private static final String OBEID = "A drone struck a fuel depot in El Obeid on Saturday, setting it ablaze, the "
      + "army said, blaming the Rapid Support Forces.";

  private static List<String> deniers(String... paragraphs) {
    return SundayStory.attacks(paragraphs).stream().flatMap(e -> e.deniedBy().stream()).toList();
  }

  @Test
  void aCounterAccusationDeniesTheAttack() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(deniers(SOTK, "Baku said its units had only returned fire."))
          .anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(deniers(SOTK, "Azerbaijan's defence ministry accused Armenian forces of starting the fighting."))
          .anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(deniers(SOTK, "Azerbaijani officials blamed Yerevan for provoking the clash."))
          .anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(deniers(SOTK, "According to Azerbaijan's defence ministry, Armenian troops opened fire first near "
          + "the border."))
          .anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(deniers(OBEID, "The RSF said its fighters had only responded to army shelling, and "
          + "accused the army of staging the attack.")).anyMatch(d -> d.contains("Rapid Support"));
      soft.assertThat(deniers(OBEID, "The paramilitary group said its fighters were only retaliating for air raids "
          + "on their positions.")).anyMatch(d -> d.contains("Rapid Support"));
    });
  }

  @Test
  void theOtherCampsOrANeutralVoiceDeniesNothing() {
    SoftAssertions.assertSoftly(soft -> {
      // the accuser repeating that the attacker fired first confirms its account
      soft.assertThat(deniers(SOTK, "Armenia said its units had only returned fire.")).isEmpty();
      soft.assertThat(deniers(SOTK, "Monitors said it was not clear which side had fired first.")).isEmpty();
      soft.assertThat(deniers(SOTK, "Both sides blamed each other for starting the fighting.")).isEmpty();
    });
  }
}
