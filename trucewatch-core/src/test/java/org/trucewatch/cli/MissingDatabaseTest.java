package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that only reads the database fails on one that does not exist, with one line and exit 1, and creates
 * nothing (a mistyped --db used to leave an empty database behind and report "0 incident(s)"); a path that cannot be
 * a database is exit 3.
 */
class MissingDatabaseTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"incidents", "incident 1", "search shelling", "ceasefires", "casualties"})
  void readCommandsCreateNothing(String command) {
    Path db = dir.resolve("sub").resolve("typo.db");
    CliHarness.Run r = CliHarness.run(args(command, db.toString()));
    assertThat(r.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("typo.db: no such database").doesNotContain("    at ");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(Files.exists(db)).isFalse();
    assertThat(Files.exists(db.getParent())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"incidents", "ceasefires"})
  void aFolderIsNotADatabase(String command) {
    CliHarness.Run r = CliHarness.run(args(command, dir.toString()));
    assertThat(r.exit()).isEqualTo(Main.CONFIG);
    assertThat(r.err()).contains("is a directory, not a database file").doesNotContain("    at ");
  }

  private static String[] args(String command, String db) {
    String[] words = command.split(" ");
    String[] args = new String[words.length + 2];
    System.arraycopy(words, 0, args, 0, words.length);
    args[words.length] = "--db";
    args[words.length + 1] = db;
    return args;
  }
}
