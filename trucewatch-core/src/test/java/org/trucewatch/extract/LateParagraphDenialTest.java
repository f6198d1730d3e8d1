package org.trucewatch.extract;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A denial that closes a story, paragraphs after the attack it answers and worded apart from it ("denied firing at the
 * market"), is the attack's denial: the page's last paragraph is kept as the story's. Sentences written for this test,
 * dated against Sunday 25 October 2020.
 */
class LateParagraphDenialTest {

  private static final String[] BODY = {
      "Rescuers were still pulling bodies from the rubble late on Saturday after RSF shelling hit the central market "
          + "in Omdurman.",
      "The health ministry said 20 people were killed and 40 wounded. Doctors at the city hospital said they had "
          + "received dozens of bodies.",
      "\"They shelled us from across the river, like every week,\" said a trader who lives nearby. \"Children were "
          + "lying in the road.\"",
      "A government spokesman called the attack a crime."};

  /** The attacks of the page (cleaned as a crawled text page is) whose last paragraph is {@code closing}. */
  private static List<Event> with(String closing) {
    String page = String.join("\n\n", BODY) + "\n\n" + closing + "\n";
    return SundayStory.pageAttacks(page);
  }

  @Test
  void aClosingDenialAnswersTheAttack() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at((with("The Rapid Support Forces denied firing at the market and said the "
          + "shells came from army positions.")), "Omdurman").deniedBy()).anyMatch(d -> d.contains("Rapid Support"));
      soft.assertThat(SundayStory.at((with("The paramilitary RSF rejected the accusation and said its "
          + "gunners had been nowhere near the city.")), "Omdurman").deniedBy()).anyMatch(d -> d.contains("Rapid"));
    });
  }
}
