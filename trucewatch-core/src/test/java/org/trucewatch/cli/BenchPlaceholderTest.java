package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench} lives in trucewatch-bench: this jar lists it and, run here, says where it is. */
class BenchPlaceholderTest {

  @Test
  void helpListsBench() {
    assertThat(CliHarness.run("--help").out()).containsPattern("(?m)^ +bench +Time each stage");
  }

  @Test
  void runHereItSaysWhereTheBenchmarkIs() {
    CliHarness.Run r = CliHarness.run("bench", "--rounds", "1");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("trucewatch-bench", "./trucewatch bench");
  }
}
