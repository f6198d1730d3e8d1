package org.trucewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OpenNlpPosTaggerTest {

  private static final OpenNlpPosTagger TAGGER = OpenNlpPosTagger.english();

  /** Every sentence of the sample and written articles, as the words the tagger is given. */
  private static List<String[]> sentences() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String dir : List.of("../data/samples", "src/test/resources/extract/written")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          List<Sentence> ss = new ArrayList<>();
          SentenceSplitter.english().split(text, 0, text.length(), 0, ss);
          for (Sentence s : ss) {
            out.add(s.tokens().stream().map(Token::text).map(t -> t.replace('’', '\'').replace('“', '"')
                .replace('”', '"')).toArray(String[]::new));
          }
        }
      }
    }
    return out;
  }

  @Test
  void theFastDecoderIsInUseAndTagsAsOpenNlpDoes() throws IOException {
    assertThat(TAGGER.fast()).isTrue();
    List<String[]> sentences = sentences();
    assertThat(sentences.size()).isGreaterThan(150);
    int tokens = 0;
    for (String[] words : sentences) {
      if (words.length == 0) {
        continue;
      }
      assertThat(TAGGER.tagWords(words)).as(String.join(" ", words)).containsExactly(TAGGER.tagWithOpenNlp(words));
      tokens += words.length;
    }
    assertThat(tokens).isGreaterThan(4000);
  }

  @Test
  void unknownAndOddWordsAreTaggedAsOpenNlpDoes() {
    String[][] odd = {
        {"Xyzzyqq", "blorfed", "the", "qwmpth", "at", "12:45", "!"},
        {"a"},
        {"", "-", "--", "...", "1,000", "3.5", "$", "'s", "U.N.", "e-mail", "ÅÄÖ", "Ստեփանակերտ"},
        {"THE", "MINISTRY", "SAID", "IT", "WAS", "FALSE"},
    };
    for (String[] words : odd) {
      assertThat(TAGGER.tagWords(words)).as(String.join(" ", words)).containsExactly(TAGGER.tagWithOpenNlp(words));
    }
  }

  /** The tags the pipeline takes: the fast decoder with the rule that no finite verb follows a determiner. */
  private static List<String> pipelineTags(String text) {
    List<Sentence> ss = new ArrayList<>();
    SentenceSplitter.english().split(text, 0, text.length(), 0, ss);
    return TAGGER.tag(ss.get(0)).tokens().stream().map(t -> t.text() + "/" + t.tag()).toList();
  }

  @Test
  void noFiniteVerbFollowsADeterminer() {
    // the greedy model reads "a drone/VERB hit/NOUN" here: the decoding goes on from the noun instead
    assertThat(pipelineTags("On Monday, a drone hit the main fuel storage facility south of the city at dawn."))
        .contains("drone/NOUN", "hit/VERB");
  }
}
