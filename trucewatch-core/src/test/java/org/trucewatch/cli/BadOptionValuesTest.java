package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad option value is one line on standard error and exit code 2, never a stack trace and exit 70. */
class BadOptionValuesTest {

  @TempDir static Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "incidents --from 2020-10-40|--from must be a date as YYYY-MM-DD, not '2020-10-40'",
      "incidents --type shelling|--type: no such value 'shelling' (one of: attack,",
      "incidents --standing verified|--standing: no such value 'verified' (one of: alleged,",
      "incidents --status verified|--standing: no such value 'verified' (one of: alleged,",
      "incidents --subtype missiles|--subtype: no such value 'missiles' (one of: armed_clash,",
      "incidents --limit -3|--limit must be 0 or more, not -3",
      "incidents --conflict narnia|--conflict: no conflict profile 'narnia' (known: karabakh,",
      "ceasefires --conflict narnia|--conflict: no conflict profile 'narnia'",
      "observe MISSING|not found",
      "incidents --limit abc|Invalid value for option '--limit': 'abc' is not an int (see 'trucewatch incidents --help')",
      "incidents --bogus|Unknown option: '--bogus' (see 'trucewatch incidents --help')",
      "search|Missing required parameter",
  })
  void isOneLineAndExitTwo(String command, String message) {
    String db = dir.resolve("t.db").toString();
    String[] words = command.replace("MISSING", dir.resolve("none.csv").toString()).split(" ");
    String[] args = new String[words.length + 2];
    System.arraycopy(words, 0, args, 0, words.length);
    args[words.length] = "--db";
    args[words.length + 1] = db;
    CliHarness.Run r = CliHarness.run(args);
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains(message).doesNotContain("\tat ").doesNotContain("    at ");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }
}
