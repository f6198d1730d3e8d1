package org.trucewatch.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trucewatch.bench.CliRun;
import org.trucewatch.cli.Main;
import org.junit.jupiter.api.io.TempDir;

/** {@code trucewatch bench} as this module's jar runs it: core's command line with this module's command in it. */
class BenchCommandTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void theRealCommandReplacesCoresPlaceholder() {
    CliRun help = run("--help");
    assertThat(help.out().lines().filter(l -> l.trim().startsWith("bench "))).hasSize(1);
    CliRun r = run("bench", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--rounds", "--scale", "--ingest");
  }

  @Test
  void theStageTableAndAScaleCurveInOneRun() {
    CliRun r = run("bench", "--rounds", "1", "--warmup", "0", "--scale", "30,60",
        "--store-max", "30", "--db-dir", dir.toString(), "../data/samples");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("end to end", "sent/s", "heap MB", "Clustering: SyndicationIndex.add",
        "Incidents with storage", "(not stored: above --store-max 30)");
    assertThat(r.out().lines().filter(l -> l.matches(" +30 .*"))).hasSize(2);
    assertThat(dir.resolve("scale-30.db")).exists();
  }

  @Test
  void badSettingsAreAUsageError() {
    CliRun r = run("bench", "--copies", "1.5", "../data/samples");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--copies must be in [0, 1)");
    assertThat(run("bench", "--scale", "100,0", "../data/samples").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void aCorpusWithNoArticleSaysWhichInputs() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  ");
    CliRun r = run("bench", empty.toString());
    assertThat(r.code()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("no article could be read from", "empty.txt");
  }
}
