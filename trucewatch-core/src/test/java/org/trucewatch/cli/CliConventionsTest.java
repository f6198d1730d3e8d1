package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every command shares: --help and --version work, listings have --json, and the output has no colour codes. */
class CliConventionsTest {

  @Test
  void everyCommandHasHelp() {
    // bench here is the placeholder that points to trucewatch-bench, whose own command has --help (BenchCommandTest)
    List<String> names = Main.commandLine().getSubcommands().keySet().stream()
        .filter(n -> !n.equals("help") && !n.equals("bench")).toList();
    assertThat(names).contains("ingest", "incidents", "incident", "search", "ceasefires", "casualties", "observe");
    for (String name : names) {
      CliHarness.Run r = CliHarness.run(name, "--help");
      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out()).as(name).startsWith("Usage: trucewatch " + name).doesNotContain("\u001b[");
      assertThat(r.err()).as(name).isEmpty();
    }
  }

  @Test
  void versionIsTheBuildsNotPicocliDefault() {
    CliHarness.Run r = CliHarness.run("--version");
    assertThat(r.exit()).isZero();
    // from the jar's manifest, or says it is a development build (tests run from classes)
    assertThat(r.out().strip()).matches("trucewatch (\\d+\\.\\d+\\.\\d+.*|\\(development build\\))");
    assertThat(CliHarness.run("incidents", "--version").out()).isEqualTo(r.out());
  }

  @Test
  void everyListingHasJson() {
    for (String name : List.of("incidents", "search", "ceasefires", "casualties", "conflicts")) {
      CommandLine c = Main.commandLine().getSubcommands().get(name);
      assertThat(c.getCommandSpec().findOption("--json")).as(name).isNotNull();
    }
  }
}
