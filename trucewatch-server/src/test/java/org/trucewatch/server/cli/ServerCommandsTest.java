package org.trucewatch.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.Main;
import org.trucewatch.server.CliRun;
import org.trucewatch.server.Fixtures;

/** {@code report}, {@code export} and {@code serve} as the command line runs them, with bad options. */
class ServerCommandsTest {

  @TempDir static Path dir;
  static String db;

  /** What a command line printed and returned. */

  @BeforeAll
  static void store() {
    Fixtures.sampleStore(dir).close();
    db = dir.resolve("test.db").toString();
  }

  static CliRun.Run run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void theServerCommandsAreListed() {
    CliRun.Run r = run("--help");
    assertThat(r.out()).contains("serve").contains("report").contains("export");
  }

  @Test
  void reportWritesTheDayInMarkdownOrHtml() {
    CliRun.Run md = run("report", "--date", "2020-10-25", "--db", db);
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("# Daily situation report, 25 October 2020").contains("## Incidents");
    CliRun.Run html = run("report", "--date", "2020-10-25", "--format", "html", "--db", db);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h2>Incidents</h2>");
  }

  @Test
  void exportWritesTheLog() {
    CliRun.Run r = run("export", "--format", "jsonl", "--from", "2020-10-25", "--to", "2020-10-25", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.contains("\"date\":\"2020-10-25\""));
    assertThat(r.err()).contains("exported");
  }

  @Test
  void exportAndReportTakeAConflict() {
    CliRun.Run k = run("export", "--format", "acled-csv", "--conflict", "karabakh", "--db", db);
    assertThat(k.code()).as(k.err()).isZero();
    assertThat(k.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.contains("conflict=karabakh"))
        .allMatch(l -> l.contains(",Caucasus and Central Asia,"));
    CliRun.Run d = run("export", "--format", "jsonl", "--conflict", "donbas", "--db", db);
    assertThat(d.code()).as(d.err()).isZero();
    assertThat(d.out()).isEmpty(); // the samples are all Karabakh
    CliRun.Run r = run("report", "--date", "2020-10-25", "--conflict", "donbas", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("Martuni");
    for (CliRun.Run bad : new CliRun.Run[] {run("export", "--format", "jsonl", "--conflict", "atlantis", "--db", db),
        run("report", "--date", "2020-10-25", "--conflict", "atlantis", "--db", db)}) {
      assertThat(bad.code()).isEqualTo(Main.USAGE);
      assertThat(bad.err()).contains("no conflict profile 'atlantis'").contains("karabakh");
    }
  }

  @Test
  void badOptionsAreUsageErrorsNamingTheOption() {
    CliRun.Run r = run("report", "--date", "25/10/2020", "--db", db);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--date must be a date as YYYY-MM-DD");
    assertThat(run("report", "--date", "2020-10-25", "--format", "pdf", "--db", db).err()).contains("md or html");
    assertThat(run("export", "--format", "xlsx", "--db", db).err()).contains("acled-csv, geojson or jsonl");
    CliRun.Run range = run("export", "--format", "jsonl", "--from", "2020-10-25", "--to", "2020-10-01", "--db", db);
    assertThat(range.code()).isEqualTo(Main.USAGE);
    assertThat(range.err()).contains("after --to");
    CliRun.Run port = run("serve", "--port", "70000", "--db", db);
    assertThat(port.code()).isEqualTo(Main.USAGE);
    assertThat(port.err()).contains("--port must be between 0 and 65535");
    // each is one line on standard error, the usage left to --help
    for (CliRun.Run bad : new CliRun.Run[] {r, range, port, run("report", "--date", "2020-10-25", "--format", "pdf", "--db", db),
        run("export", "--format", "xlsx", "--db", db), run("report", "--db", db),
        run("report", "--date", "2020-10-25", "--tz", "Nowhere/Town", "--db", db),
        run("export", "--format", "jsonl", "--bogus", "--db", db)}) {
      assertThat(bad.code()).isEqualTo(Main.USAGE);
      assertThat(bad.err().strip().lines().count()).as(bad.err()).isEqualTo(1);
      assertThat(bad.err()).startsWith("trucewatch: ").contains("--help");
    }
  }

  @Test
  void everyServerCommandHasHelp() {
    for (String command : new String[] {"report", "export", "serve"}) {
      CliRun.Run help = run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: trucewatch " + command);
    }
    assertThat(run("report", "--help").out()).contains("--tz=ZONE");
  }

  @Test
  void theReportIsInUtcByDefaultInTheZoneOfTzOrOfTheConfiguration() throws Exception {
    CliRun.Run utc = run("report", "--date", "2020-10-25", "--db", db);
    assertThat(utc.code()).as(utc.err()).isZero();
    assertThat(utc.out()).contains("Reporting period: 2020-10-25 00:00 to 2020-10-26 00:00, time zone UTC;")
        .contains("published 2020-10-25 15:56 UTC");
    CliRun.Run baku = run("report", "--date", "2020-10-25", "--tz", "Asia/Baku", "--db", db);
    assertThat(baku.code()).as(baku.err()).isZero();
    assertThat(baku.out()).contains("time zone Asia/Baku (UTC+04:00)").contains("published 2020-10-25 19:56 Asia/Baku");
    Path config = dir.resolve("yerevan.json");
    java.nio.file.Files.writeString(config, "{\"report\": {\"timeZone\": \"Asia/Yerevan\"}}");
    CliRun.Run configured = run("--config", config.toString(), "report", "--date", "2020-10-25", "--db", db);
    assertThat(configured.code()).as(configured.err()).isZero();
    assertThat(configured.out()).contains("time zone Asia/Yerevan (UTC+04:00)");
    // --tz wins over the configuration
    assertThat(run("--config", config.toString(), "report", "--date", "2020-10-25", "--tz", "UTC", "--db", db).out())
        .contains("time zone UTC;");
  }

  @Test
  void aBadZoneIsOneLineOnStandardError() throws Exception {
    CliRun.Run r = run("report", "--date", "2020-10-25", "--tz", "Mars/Olympus_Mons", "--db", db);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("trucewatch: --tz: 'Mars/Olympus_Mons' is not a time zone")
        .doesNotContain("\n");
    assertThat(r.err()).doesNotContain("    at ");
    Path config = dir.resolve("bad-zone.json");
    java.nio.file.Files.writeString(config, "{\"report\": {\"timeZone\": \"Mars/Olympus_Mons\"}}");
    CliRun.Run c = run("--config", config.toString(), "report", "--date", "2020-10-25", "--db", db);
    assertThat(c.code()).isEqualTo(Main.CONFIG);
    assertThat(c.err().strip()).contains("report.timeZone: 'Mars/Olympus_Mons' is not a time zone")
        .doesNotContain("\n");
  }

  @Test
  void readCommandsOnAMissingDatabaseCreateNothing() {
    Path missing = dir.resolve("nowhere").resolve("typo.db");
    for (String[] command : new String[][] {{"report", "--date", "2020-10-25"}, {"export", "--format", "jsonl"},
        {"serve", "--port", "0"}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 2);
      args[command.length] = "--db";
      args[command.length + 1] = missing.toString();
      CliRun.Run r = run(args);
      assertThat(r.code()).as(command[0]).isEqualTo(Main.NOTHING_READ);
      assertThat(r.err()).as(command[0]).contains("typo.db: no such database").doesNotContain("    at ");
      assertThat(java.nio.file.Files.exists(missing.getParent())).as(command[0]).isFalse();
    }
  }
}
