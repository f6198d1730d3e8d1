package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead's or a title's toll goes to the story's one placed attack of its day though an unplaced mention of that day
 * stands beside it (the log keeps no unplaced attack beside a placed one); a count the story tells as replaced by a
 * later one gives way to it. Stories written for this test.
 */
class PlacedOwnerTollTest {

  @Test
  void anUnplacedMentionIsNoRivalOfThePlacedAttack() {
    String story = "Three civilians were wounded on Sunday, the regional governor said.\n\n"
        + "Separatist forces shelled the village of Marinka on Sunday morning.\n\n"
        + "Rescue crews worked through the day.\n\n"
        + "Separatist gunmen also fired at a checkpoint on the road to the coast on Sunday, the army said.";
    assertThat(SundayStory.attackToll(story)).isEqualTo("null/3");
  }

  @Test
  void anUnplacedMentionIsNoRivalForTheTitlesToll() {
    String page = "Nine wounded in mortar fire on frontline village\n\n"
        + "Separatist forces shelled Marinka on Saturday with mortars, the army said on Sunday.\n\n"
        + "Rescue crews worked through the day.\n\n"
        + "Separatist forces also shelled a checkpoint on the road to the coast on Saturday, the army said.\n";
    List<Event> attacks = SundayStory.pageAttacks(page);
    assertThat(attacks).hasSize(1);
    assertThat(attacks.get(0).casualties()).isNotNull();
    assertThat(attacks.get(0).casualties().wounded()).isEqualTo(9);
  }

  @Test
  void aReplacedCountGivesWayToTheLaterOne() {
    String story = "Six people were killed and 20 wounded in the town, the governor said on Sunday evening. His "
        + "earlier count, given at noon, had been two dead.\n\n"
        + "Rescue crews worked through the day.\n\n"
        + "Separatist forces shelled the market in Marinka on Sunday morning.";
    assertThat(SundayStory.attackToll(story)).isEqualTo("6/20");
  }
}
