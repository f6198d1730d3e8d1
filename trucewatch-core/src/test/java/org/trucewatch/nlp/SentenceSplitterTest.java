package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.Paragraph;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  private static List<String> split(String... paragraphs) {
    StringBuilder body = new StringBuilder();
    java.util.ArrayList<Paragraph> ps = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      ps.add(new Paragraph(body.length(), body.length() + p.length(), Block.Kind.PARAGRAPH));
      body.append(p);
    }
    Article a = new Article("a", "a", null, "x", null, null, null, null, null, null, "en", body.toString(), ps,
        null, null);
    List<Sentence> sentences = SPLITTER.split(a);
    for (Sentence s : sentences) {
      assertThat(a.body().substring(s.start(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(a.body().substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void aWeekdayAfterAClockTimeStaysInItsSentence() {
    assertThat(split("Mortar rounds fell on the ridge from 6:15 a.m. Tuesday, the spokesman said. It ended at 9 p.m. "
        + "Officials then counted the damage."))
        .containsExactly("Mortar rounds fell on the ridge from 6:15 a.m. Tuesday, the spokesman said.",
            "It ended at 9 p.m.", "Officials then counted the damage.");
  }

  @Test
  void splitsAtSentenceEndsNotAtAbbreviations() {
    assertThat(split("On Friday, U.S. Secretary of State Mike Pompeo hosted talks. The fighting continued on Sept. 27 "
        + "near the border. Gen. Smith said so."))
        .containsExactly("On Friday, U.S. Secretary of State Mike Pompeo hosted talks.",
            "The fighting continued on Sept. 27 near the border.", "Gen. Smith said so.");
  }

  @Test
  void initialsBeforeANameDoNotEndTheSentence() {
    assertThat(split("Rangers fired at posts in the R.S. Pura sector on Saturday. The BSF replied."))
        .containsExactly("Rangers fired at posts in the R.S. Pura sector on Saturday.", "The BSF replied.");
  }

  @Test
  void quotesStayWithTheirSentence() {
    assertThat(split("“We are winning,” Aliyev said. “Let them abandon our territory in peace.”"))
        .containsExactly("“We are winning,” Aliyev said.", "“Let them abandon our territory in peace.”");
  }

  @Test
  void paragraphsAreHardBoundaries() {
    assertThat(split("Shelling resumed", "Officials said so.")).containsExactly("Shelling resumed",
        "Officials said so.");
  }

  @Test
  void anEllipsisBeforeLowerCaseDoesNotSplit() {
    assertThat(split("“The Armenian prime minister.. said that there is no solution,” Aliyev alleged."))
        .hasSize(1);
  }

  @Test
  void tokensSplitPossessivesAndKeepNumbers() {
    Tokenizer t = new Tokenizer(Abbreviations.ENGLISH_NEWS);
    assertThat(t.tokenize("Azerbaijan’s toll neared 5,000 at 12:05 pm (0805 GMT), Nagorno-Karabakh's U.S. don't.", 0))
        .extracting(Token::text).containsExactly("Azerbaijan", "’s", "toll", "neared", "5,000", "at", "12:05", "pm",
            "(", "0805", "GMT", ")", ",", "Nagorno-Karabakh", "'s", "U.S.", "do", "n't", ".");
  }
}
