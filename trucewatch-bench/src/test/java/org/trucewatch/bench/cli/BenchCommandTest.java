package org.trucewatch.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Main;

/** {@code trucewatch bench} as this module's jar runs it: core's command line with this module's command in it. */
class BenchCommandTest {

  @TempDir Path dir;

  /** What a command line printed and returned. */
  record Run(int exit, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void theRealCommandReplacesCoresPlaceholder() {
    Run help = run("--help");
    assertThat(help.out().lines().filter(l -> l.trim().startsWith("bench "))).hasSize(1);
    Run r = run("bench", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--rounds", "--scale", "--ingest");
  }

  @Test
  void theStageTableAndAScaleCurveInOneRun() {
    Run r = run("bench", "--rounds", "1", "--warmup", "0", "--scale", "30,60",
        "--store-max", "30", "--db-dir", dir.toString(), "../data/samples");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("end to end", "sent/s", "heap MB", "Clustering: SyndicationIndex.add",
        "Incidents with storage", "(not stored: above --store-max 30)");
    assertThat(r.out().lines().filter(l -> l.matches(" +30 .*"))).hasSize(2);
    assertThat(dir.resolve("scale-30.db")).exists();
  }

  @Test
  void badSettingsAreAUsageError() {
    Run r = run("bench", "--copies", "1.5", "../data/samples");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--copies must be in [0, 1)");
    assertThat(run("bench", "--scale", "100,0", "../data/samples").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void aCorpusWithNoArticleSaysWhichInputs() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  ");
    Run r = run("bench", empty.toString());
    assertThat(r.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("no article could be read from", "empty.txt");
  }
}
