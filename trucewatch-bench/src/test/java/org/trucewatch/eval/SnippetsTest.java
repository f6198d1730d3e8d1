package org.trucewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {

  @TempDir Path dir;

  private static Predicted event(String type, String subtype, String date) {
    return new Predicted(type, subtype, date, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void figuresCountWhatEachSnippetGave() {
    Snippets.Snippet shelling = new Snippets.Snippet("a", "shelling", "2024-01-02", "t", "2024-01-01", "2024-01-01");
    Snippets.Snippet missed = new Snippets.Snippet("b", "abduction", "2024-01-02", "t", "2024-01-01", "2024-01-01");
    Snippets.Snippet calm = new Snippets.Snippet("c", "nonviolent", "2024-01-02", "t", "2024-01-01", "2024-01-01");
    Snippets.Snippet deal = new Snippets.Snippet("d", "agreement", "2024-01-02", "t", "2024-01-01", "2024-01-02");
    Map<String, int[]> f = Snippets.figures(List.of(
        new Snippets.Outcome(shelling, List.of(event("attack", "shelling", "2024-01-01"))),
        new Snippets.Outcome(missed, List.of(event("casualty_report", "killed", "2024-01-01"))),
        new Snippets.Outcome(calm, List.of(event("attack", "armed_clash", "2024-01-03"))),
        new Snippets.Outcome(deal, List.of(event("ceasefire", "agreed", "2024-01-02")))));
    assertThat(f.get("attack recall")).containsExactly(1, 2);
    assertThat(f.get("subtype")).containsExactly(1, 2);
    assertThat(f.get("false attacks")).containsExactly(1, 2);
    assertThat(f.get("agreement")).containsExactly(1, 1);
    assertThat(f.get("date")).containsExactly(2, 3); // the calm snippet's attack is off its day
  }

  @Test
  void aMalformedLineIsNamedWithItsFileAndLine() throws Exception {
    Path file = dir.resolve("s.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"label\":\"shelling\",\"dates\":[\"2024-01-01\",\"2024-01-01\"],"
        + "\"published\":\"2024-01-01\",\"text\":\"x\"}\n{\"id\":\"b\",\"label\":\"riot\"}\n");
    assertThatThrownBy(() -> Snippets.read(file)).isInstanceOf(GoldException.class)
        .hasMessageContaining("s.jsonl:2").hasMessageContaining("unknown label 'riot'");
  }

  @Test
  void theShippedSnippetFilesRead() {
    for (String split : List.of("dev", "test")) {
      List<Snippets.Snippet> s = Snippets.read(Path.of("..", "data", "snippets", split + ".jsonl"));
      assertThat(s).isNotEmpty().allSatisfy(x -> assertThat(x.first()).isLessThanOrEqualTo(x.last()));
    }
  }
}
