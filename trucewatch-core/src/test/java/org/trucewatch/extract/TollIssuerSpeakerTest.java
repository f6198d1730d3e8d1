package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gives or changes a toll speaks for it ("the ministry updated its toll: ...", "raised the death toll
 * to ..."). Sentences written for this test, dated against Sunday 25 October 2020.
 */
class TollIssuerSpeakerTest {

  private static List<String> tollClaimants(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs).stream().flatMap(e -> e.claimedBy().stream())
        .toList();
  }

  @Test
  void aBodyThatUpdatesItsTollGivesIt() {
    assertThat(tollClaimants("Fighting went on around Tartar on Saturday.",
        "The Azerbaijani health ministry has updated its toll for the week: 41 civilians killed and 206 wounded."))
        .anyMatch(c -> c.toLowerCase().contains("health"));
  }

  @Test
  void aBodyThatRaisesTheDeathTollGivesIt() {
    assertThat(tollClaimants("Shells hit Stepanakert on Saturday.",
        "The Karabakh health ministry raised the death toll from the shelling to seven dead on Sunday."))
        .anyMatch(c -> c.toLowerCase().contains("health"));
  }
}
