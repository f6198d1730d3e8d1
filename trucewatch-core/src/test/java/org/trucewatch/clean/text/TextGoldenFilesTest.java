package org.trucewatch.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.lang.LanguageDetector;

/**
 * Golden files: what the plain-text cleaner makes of each sample page (title, metadata, body paragraphs). A change in
 * cleaning shows up here as a diff to review; run with {@code -Dgolden.update=true} to accept it. See the README in
 * the golden folder.
 */
class TextGoldenFilesTest {

  private static final Path SAMPLES = Path.of("../data/samples");
  private static final Path GOLDEN = Path.of("src/test/resources/clean/text/golden");
  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor(LanguageDetector.load());

  static Stream<Path> samples() throws IOException {
    return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGolden(Path sample) throws IOException {
    PageContent p = EXTRACTOR.extract(Files.readString(sample), null);
    String rendered = render(p);
    Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".txt", ".golden.txt"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered);
    }
    assertThat(golden).exists();
    assertThat(rendered).isEqualTo(Files.readString(golden));
  }

  static String render(PageContent p) {
    StringBuilder sb = new StringBuilder();
    sb.append("title: ").append(p.title()).append('\n');
    sb.append("byline: ").append(p.byline()).append('\n');
    sb.append("dateline: ").append(p.dateline()).append('\n');
    sb.append("language: ").append(p.language()).append('\n');
    p.dates().forEach(d -> sb.append("date: ").append(d.origin()).append(' ').append(d.raw()).append('\n'));
    p.captions().forEach(c -> sb.append("caption: ").append(c).append('\n'));
    sb.append("--- body\n");
    for (Block b : p.body()) {
      sb.append(b.kind() == Block.Kind.PARAGRAPH ? "" : "[" + b.kind() + "] ").append(b.text()).append("\n\n");
    }
    return sb.toString();
  }
}
