package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void theStageTableAndAScaleCurveInOneRun() {
    CliHarness.Run r = CliHarness.run("bench", "--rounds", "1", "--warmup", "0", "--scale", "30,60",
        "--store-max", "30", "--db-dir", dir.toString(), "../data/samples");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("end to end", "sent/s", "heap MB", "Clustering: SyndicationIndex.add",
        "Incidents with storage", "(not stored: above --store-max 30)");
    assertThat(r.out().lines().filter(l -> l.matches(" +30 .*"))).hasSize(2);
    assertThat(dir.resolve("scale-30.db")).exists();
  }

  @Test
  void badSettingsAreAUsageError() {
    CliHarness.Run r = CliHarness.run("bench", "--copies", "1.5", "../data/samples");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--copies must be in [0, 1)");
    assertThat(CliHarness.run("bench", "--scale", "100,0", "../data/samples").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void aCorpusWithNoArticleSaysWhichInputs() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  ");
    CliHarness.Run r = CliHarness.run("bench", empty.toString());
    assertThat(r.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("no article could be read from", "empty.txt");
  }
}
