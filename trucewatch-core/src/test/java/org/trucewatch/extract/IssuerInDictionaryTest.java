package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement's issuer named by its heading in capitals or in another spelling than the dictionary's short name is
 * the dictionary's actor, with its side: the claim of a press release headed "INTER SERVICES PUBLIC RELATIONS" is
 * ISPR's. A heading the dictionary does not know stays the claim as written. Texts written for this test, dated
 * against Sunday 25 October 2020.
 */
class IssuerInDictionaryTest {

  @Test
  void aHeadingInCapitalsIsTheDictionarysActor() {
    List<Event> es = SundayStory.pageAttacks(String.join("\n\n",
        "INTER SERVICES PUBLIC RELATIONS",
        "PRESS RELEASE\nRawalpindi, 24 October 2020",
        "Indian troops resorted to unprovoked firing with mortars in the Nezapir sector along the Line of Control on "
            + "Saturday, targeting the civilian population of the village of Kotli."));
    assertThat(es).isNotEmpty().allSatisfy(e -> assertThat(e.claims()).anySatisfy(c -> {
      assertThat(c.actorId()).isEqualTo("PK/MIL_MEDIA");
      assertThat(c.side()).isEqualTo("PK");
      assertThat(c.display()).contains("ISPR");
    }));
  }

  @Test
  void aHeadingTheDictionaryDoesNotKnowStaysAsWritten() {
    List<Event> es = SundayStory.pageAttacks(String.join("\n\n",
        "Directorate of Frontier Communications",
        "PRESS RELEASE\nCapital, 24 October 2020",
        "Enemy troops resorted to unprovoked firing with mortars along the Line of Control on Saturday, targeting "
            + "the civilian population of the village of Kotli."));
    assertThat(es).isNotEmpty().allSatisfy(e -> assertThat(e.claims()).anySatisfy(c -> {
      assertThat(c.actorId()).isNull();
      assertThat(c.actor()).containsIgnoringCase("directorate of frontier communications");
    }));
  }
}
