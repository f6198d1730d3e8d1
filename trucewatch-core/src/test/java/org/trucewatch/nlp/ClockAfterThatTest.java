package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.Paragraph;

/** A clock time right after "that" dates the clause that follows it: "said that at 6 a.m. Russian troops ...". */
class ClockAfterThatTest {

  private static List<String> split(String text) {
    Article a = new Article("a", "a", null, "x", null, null, null, null, null, null, "en", text,
        List.of(new Paragraph(0, text.length(), Block.Kind.PARAGRAPH)), null, null);
    return SentenceSplitter.english().split(a).stream().map(Sentence::text).toList();
  }

  @Test
  void aClockTimeAfterThatDoesNotEndTheSentence() {
    assertThat(split("The ministry said that at 6 a.m. Russian troops shelled Kupiansk. Two people were hurt."))
        .hasSize(2);
    assertThat(split("Officials reported that shortly after 11 p.m. Houthi drones struck the port. It burned."))
        .hasSize(2);
    // a clock time that ends its own sentence still does
    assertThat(split("The shelling began at 7 a.m. Residents fled to the cellars.")).hasSize(2);
  }
}
