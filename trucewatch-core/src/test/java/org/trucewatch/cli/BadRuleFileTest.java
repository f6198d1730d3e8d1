package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule file added with -Dtrucewatch.patterns that does not parse is the user's data to fix: one line naming the
 * file, line and column and what is wrong, exit 3, no stack trace.
 */
class BadRuleFileTest {

  @TempDir Path dir;

  @Test
  void aRuleFileThatDoesNotParseIsOneLineAndExitThree() throws Exception {
    Path rules = dir.resolve("mine.rules");
    Files.writeString(rules, "rule broken (fire\n  => attack shelling\n");
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Artillery shelled Tartar on Monday, the ministry said.");
    System.setProperty("trucewatch.patterns", rules.toString());
    try {
      CliHarness.Run r = CliHarness.run("extract", article.toString());
      assertThat(r.exit()).isEqualTo(Main.CONFIG);
      assertThat(r.err()).contains("mine.rules:1:").doesNotContain("    at ").doesNotContain("internal error");
    } finally {
      System.clearProperty("trucewatch.patterns");
    }
  }
}
