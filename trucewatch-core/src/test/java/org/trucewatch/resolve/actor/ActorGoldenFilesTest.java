package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;

/**
 * Golden files: every actor mention, direct or resolved, that {@link ActorContext} finds in each sample page (each
 * line a paragraph, tagged by OpenNLP). A change shows up as a diff to review; run with
 * {@code -Dgolden.update=true} to accept it. See the README in the golden folder.
 */
class ActorGoldenFilesTest {

  private static final Path SAMPLES = Path.of("../data/samples");
  private static final Path GOLDEN = Path.of("src/test/resources/org/trucewatch/resolve/actor/golden");

  static Stream<Path> samples() throws IOException {
    return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGolden(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder("# sentence\tstart\tend\ttext\tactor\tflags\trefers to\n");
    ActorContext context = new ActorContext(ActorDictionary.load(), "karabakh"); // the samples' conflict
    for (Sentence s : ActorDictionaryTest.TAGGER.tagAll(split(text))) {
      for (ActorMention m : context.resolve(s)) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        b.append(m.sentence()).append('\t').append(m.start()).append('\t').append(m.end()).append('\t')
            .append(m.text()).append('\t').append(m.actor().id()).append('\t').append(flags(m)).append('\t')
            .append(m.antecedent() != null ? m.antecedent().text() + " @" + m.antecedent().start()
                : m.members().stream().map(Actor::id).reduce((x, y) -> x + "," + y).orElse("-"))
            .append('\n');
      }
    }
    Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".txt", ".tsv"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, b.toString(), StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(b.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Sentences of a plain text, each non-blank line a paragraph. */
  private static List<Sentence> split(String text) {
    SentenceSplitter splitter = SentenceSplitter.english();
    List<Sentence> out = new ArrayList<>();
    int p = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        splitter.split(text, start, end, p++, out);
      }
      start = end + 1;
    }
    return out;
  }

  private static String flags(ActorMention m) {
    String f = (m.possessive() ? "P" : "") + (m.demonym() ? "D" : "") + (m.agentHead() ? "H" : "")
        + (m.locative() ? "L" : "");
    return f.isEmpty() ? "-" : f;
  }
}
