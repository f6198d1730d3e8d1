package org.trucewatch.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.lang.LanguageDetector;

/**
 * A story's closing paragraph that tells who said or denied what shares few words with the story (another speaker,
 * another subject), yet is its answer, not a teaser of another story; a caption-like line at the edge still goes.
 * Pages written for this test.
 */
class ClosingStatementTest {

  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor(LanguageDetector.load());

  private static final String STORY = """
      Rescue teams were still digging through the rubble late on Friday after artillery shells hit the covered \
      market in the eastern district at the busiest hour of the morning.

      The regional health office said 31 people had been killed and 64 wounded, most of them traders and shoppers.

      Doctors at the main hospital said they had run out of blood and appealed for donors to come forward.

      "The shells came one after another, there was nowhere to hide," said a vendor who lost two brothers.

      The governor called for an international inquiry into the shelling of the market.

      %s
      """;

  private static String lastParagraph(String closing) {
    PageContent p = EXTRACTOR.extract(STORY.formatted(closing), null);
    List<Block> body = p.body();
    return body.get(body.size() - 1).text();
  }

  @Test
  void aClosingDenialStays() {
    String[] closings = {
        "The rebel command denied firing at the market and said the shells came from army positions to the north.",
        "Militia leaders rejected the accusation, insisting their gunners had been ordered to hold fire all week.",
        "In a statement on its channel, the armed group blamed government troops for the carnage in the district.",
    };
    for (String closing : closings) {
      assertThat(lastParagraph(closing)).as(closing).isEqualTo(closing);
    }
  }

  @Test
  void anUnrelatedClosingLineWithoutAStatementStillGoes() {
    String teaser = "Photo gallery: colourful kites fill the sky over the capital's seafront promenade.";
    assertThat(lastParagraph(teaser)).isNotEqualTo(teaser);
  }

  @Test
  void aShortClosingDenialStaysEvenAboveFurniture() {
    for (String closing : new String[] {"Rebel commanders denied involvement.", "Militia leaders rejected this."}) {
      assertThat(lastParagraph(closing)).as(closing).isEqualTo(closing);
      assertThat(lastParagraph(closing + "\n\nShare this story\n\nAll rights reserved.")).as(closing)
          .isEqualTo(closing);
    }
  }

  @Test
  void aShortClosingLineWithoutAStatementStillGoes() {
    for (String line : new String[] {"All rights reserved.", "Sign in to comment.", "Peace be upon you.",
        "Said nothing more."}) {
      assertThat(lastParagraph(line)).as(line).isNotEqualTo(line);
    }
  }
}
