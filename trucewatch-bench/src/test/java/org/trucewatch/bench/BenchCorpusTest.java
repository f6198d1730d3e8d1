package org.trucewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.ContentType;
import org.trucewatch.pipeline.Pipeline;

class BenchCorpusTest {

  @TempDir Path root;

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theDefaultInputsAreTheSourceFoldersThereAndOnlyTheTextOfTheWrittenArticles() throws IOException {
    write("data/samples/a.txt", "x");
    write("trucewatch-core/src/test/resources/extract/written/w1.txt", "x");
    write("trucewatch-core/src/test/resources/extract/written/gold.json", "{}");
    write("trucewatch-core/src/test/resources/extract/written/README.md", "# x");
    assertThat(BenchCorpus.defaultInputs(root)).containsExactly(root.resolve("data/samples").toString(),
        root.resolve("trucewatch-core/src/test/resources/extract/written/w1.txt").toString());
  }

  @Test
  void noSourceFolderIsAnErrorNamingTheRoot() {
    assertThatThrownBy(() -> BenchCorpus.defaultInputs(root)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(root.toAbsolutePath().toString()).hasMessageContaining("data/samples");
  }

  @Test
  void theRootIsFoundFromBelowIt() throws IOException {
    write("data/samples/a.txt", "x");
    Files.createDirectories(root.resolve("deep/er"));
    assertThat(BenchCorpus.findRoot(root.resolve("deep/er"))).isEqualTo(root.toAbsolutePath().normalize());
    assertThatThrownBy(() -> BenchCorpus.findRoot(root.resolve("data").getRoot()))
        .hasMessageContaining("no TruceWatch project root");
  }

  @Test
  void readingKeepsEveryDocumentAndCountsWhatCleaningRejects() throws IOException {
    write("in/story.txt", "Fighting resumed near the border on Monday, officials said, after a night of shelling "
        + "that damaged houses in two villages.\n\nBoth sides blamed each other for breaking the truce.");
    write("in/page.html", "<html><head><title>T</title></head><body><p>Ceasefire talks resumed in the capital on "
        + "Friday, the mediators said, with both delegations present for the first time in a month.</p></body></html>");
    write("in/empty.txt", "   ");
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), Clock.systemUTC());
    BenchCorpus corpus = BenchCorpus.read(pipeline, List.of(root.resolve("in").toString()));
    assertThat(corpus.articles()).hasSize(2);
    assertThat(corpus.documents(ContentType.HTML)).hasSize(1);
    assertThat(corpus.rejected()).isEqualTo(1);
    assertThat(corpus.inputBytes()).isGreaterThan(corpus.bodyBytes()).isPositive();
  }

  @Test
  void utf8LengthCountsBytesNotCharacters() {
    assertThat(BenchCorpus.utf8Length("abc")).isEqualTo(3);
    assertThat(BenchCorpus.utf8Length("Ağdam")).isEqualTo(6);
    assertThat(BenchCorpus.utf8Length("Հայ")).isEqualTo(6);
    assertThat(BenchCorpus.utf8Length("€")).isEqualTo(3);
    assertThat(BenchCorpus.utf8Length("😀")).isEqualTo(4);
  }
}
