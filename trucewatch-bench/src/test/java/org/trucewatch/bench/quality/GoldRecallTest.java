package org.trucewatch.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.time.TemporalTagger;

class GoldRecallTest {

  // Made up, in the seed gold's format.
  private static final String GOLD = """
      {"articles": {
        "a.txt": {"events": [
          {"type": "attack", "where": ["Tovuz", "Tovus"], "date": ["2020-07-12"]},
          {"type": "ceasefire", "date": ["2020-07-13", "2020-07-14"]},
          {"type": "attack", "where": ["Berd"], "date": ["2020-07-01"], "optional": true}
        ]},
        "b.txt": {"events": [{"type": "attack", "where": ["Ağdam"], "date": ["2020-10-20"]}]}
      }}""";

  @TempDir Path dir;

  private List<GoldRecall.GoldEvent> gold() throws IOException {
    return GoldRecall.read(Files.writeString(dir.resolve("gold.json"), GOLD));
  }

  @Test
  void optionalEventsAreLeftOutAndRangesKept() throws IOException {
    assertThat(gold()).containsExactly(
        new GoldRecall.GoldEvent("a.txt", "attack", List.of("Tovuz", "Tovus"), "2020-07-12", "2020-07-12"),
        new GoldRecall.GoldEvent("a.txt", "ceasefire", List.of(), "2020-07-13", "2020-07-14"),
        new GoldRecall.GoldEvent("b.txt", "attack", List.of("Ağdam"), "2020-10-20", "2020-10-20"));
  }

  @Test
  void aPlaceCountsUnderAnyOfItsNamesAndADayAnywhereInItsRange() throws IOException {
    GoldRecall.Score s = GoldRecall.score(gold(), Map.of(
        "a.txt", new GoldRecall.Found(Set.of("tovus"), Set.of("2020-07-14"), 3, 2),
        "b.txt", new GoldRecall.Found(Set.of("agdam"), Set.of("2020-10-21"), 1, 1)));
    assertThat(s).isEqualTo(new GoldRecall.Score(2, 2, 3, 1, 4, 3));
    assertThat(s.dayRecall()).isEqualTo(1 / 3.0);
    assertThat(GoldRecall.score(gold(), Map.of()).placesFound()).isZero();
  }

  @Test
  void badGoldIsNamed() throws IOException {
    Path notGold = Files.writeString(dir.resolve("x.json"), "{\"events\": []}");
    assertThatThrownBy(() -> GoldRecall.read(notGold)).hasMessageContaining("x.json").hasMessageContaining("articles");
    assertThatThrownBy(() -> GoldRecall.read(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.json");
  }

  @Test
  void truceWatchMarksPlacesAndResolvesDays() {
    String body = "Shelling hit the Tovuz district on Sunday, the ministry said.";
    Article article = new Article("a.txt", "a.txt", null, "0", null, null, null, null, null, null, "en", body,
        List.of(new Paragraph(0, body.length(), Block.Kind.PARAGRAPH)), null, null);
    GoldRecall.Found f = new TruceWatchMentions(Gazetteer.load(), TemporalTagger.english())
        .find(article, LocalDate.parse("2020-07-14"));
    assertThat(f.places()).contains("tovuz");
    assertThat(f.days()).contains("2020-07-12");
  }
}
