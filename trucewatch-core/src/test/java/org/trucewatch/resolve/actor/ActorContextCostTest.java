package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;

/** Coreference keeps a bounded history however long the article: counted, not timed. */
class ActorContextCostTest {

  private static int largestHistory(int paragraphs) {
    String para = "Armenia's defence ministry said Azerbaijani forces shelled the town. The ministry said "
        + "both sides had traded fire. He said the spokesman Vagif Dargahli denied it, and Dargahli said so again.";
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      text.append(para).append('\n');
    }
    String t = text.toString();
    int start = 0;
    for (int p = 0; p < paragraphs; p++) {
      SentenceSplitter.english().split(t, start, start + para.length(), p, sentences);
      start += para.length() + 1;
    }
    ActorContext context = new ActorContext(ActorDictionary.load());
    int largest = 0;
    for (Sentence s : ActorDictionaryTest.TAGGER.tagAll(sentences)) {
      context.resolve(s);
      largest = Math.max(largest, context.historySize());
    }
    return largest;
  }

  @Test
  void historyDoesNotGrowWithTheArticle() {
    int n = largestHistory(50);
    assertThat(n).isPositive();
    assertThat(largestHistory(200)).isEqualTo(n);
  }

  @Test
  void aSentenceOfThousandsOfNamesIsRead() {
    String text = "Armenia said Azerbaijan said ".repeat(5_000);
    List<Sentence> sentences = new ArrayList<>();
    SentenceSplitter.english().split(text, 0, text.length(), 0, sentences);
    assertThat(sentences).allMatch(s -> s.tokens().size() <= SentenceSplitter.MAX_TOKENS);
    ActorContext context = new ActorContext(ActorDictionary.load());
    int mentions = 0;
    for (Sentence s : sentences) {
      mentions += context.resolve(s).size();
    }
    assertThat(mentions).isEqualTo(10_000);
  }
}
