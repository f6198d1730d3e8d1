package org.trucewatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/**
 * A source that declares its conflict (a JSON line's {@code conflict}, a watched source's {@code conflict=}): a report
 * that names no place or side of any profile is filed under it; a report placed in another profile's ground stays
 * there; an id no profile has is a warning naming the input, and the conflict is told from the text.
 */
class DeclaredConflictTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  // names no place, side or actor of any profile: only its source can say which war it is from
  private static final String PLACELESS = "Two soldiers were killed and three wounded when mortar rounds hit their "
      + "position on Tuesday, an army spokesman said.";
  private static final String SDEROT = "Two rockets were fired from the Gaza Strip at the town of Sderot on Tuesday, "
      + "the Israeli military said.";

  @TempDir Path dir;

  private Path lines(String... idConflictText) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < idConflictText.length; i += 3) {
      b.append("{\"id\":\"").append(idConflictText[i]).append("\",\"published\":\"2024-03-06\"")
          .append(idConflictText[i + 1] == null ? "" : ",\"conflict\":\"" + idConflictText[i + 1] + "\"")
          .append(",\"text\":\"").append(idConflictText[i + 2]).append("\"}\n");
    }
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, b);
    return f;
  }

  /** The distinct conflicts of each article's events, by article id. */
  private static Map<String, List<String>> conflicts(ExtractRun.Result r) {
    return r.articles().stream().collect(Collectors.toMap(a -> a.article().article().id(),
        a -> a.extraction().events().stream().map(e -> String.valueOf(e.conflict())).distinct().toList()));
  }

  @Test
  void aDeclaredConflictFilesAPlacelessReportAndLeavesAnotherProfilesGroundAlone() throws IOException {
    List<String> warnings = new ArrayList<>();
    ExtractRun.Result r = new ExtractRun(PIPELINE).run(List.of(lines(
        "told", null, PLACELESS,
        "declared", "Sudan", PLACELESS,
        "elsewhere", "karabakh", SDEROT).toString()), x -> { }, warnings::add);
    assertThat(warnings).isEmpty();
    Map<String, List<String>> got = conflicts(r);
    assertThat(got.get("told")).containsExactly("null");
    assertThat(got.get("declared")).containsExactly("sudan");
    assertThat(got.get("elsewhere")).containsExactly("israel-gaza");
  }

  @Test
  void anUnknownIdIsAWarningNamingTheInputAndTheTextDecides() throws IOException {
    List<String> warnings = new ArrayList<>();
    Path in = lines("typo", "sudann", PLACELESS, "gaza", "narnia", SDEROT);
    ExtractRun.Result r = new ExtractRun(PIPELINE).run(List.of(in.toString()), x -> { }, warnings::add);
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("in.jsonl").contains("line 1").contains("conflict 'sudann' is not a profile")
        .contains("sudan");
    Map<String, List<String>> got = conflicts(r);
    assertThat(got.get("typo")).containsExactly("null");
    assertThat(got.get("gaza")).containsExactly("israel-gaza");
  }

  @Test
  void theStoredArticleKeepsItsDeclaredConflictSoItsEventsStayFiled() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Store store = JdbcStore.open(dir.resolve("t.db").toString(), Clock.systemUTC(), Map.of())) {
      new IngestRun(PIPELINE, store, Clock.systemUTC()).run(List.of(lines("declared", "sudan", PLACELESS).toString()),
          p -> { }, problems::add);
      assertThat(problems).isEmpty();
      assertThat(store.article("declared").orElseThrow().article().conflict()).isEqualTo("sudan");
      List<String> conflicts = store.inTransaction(tx -> tx.eventsOf("declared").stream()
          .map(e -> String.valueOf(e.event().conflict())).toList());
      assertThat(conflicts).isNotEmpty().containsOnly("sudan");
    }
  }
}
