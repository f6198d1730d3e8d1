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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time-left estimate while a large file is still being read (issue 11, item 8). */
class ProgressTest {

  @TempDir
  Path dir;

  /** A clock the test moves. */
  private static final class Manual extends Clock {
    long millis;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  @Test
  void aLargeFileStillBeingReadIsNotYetProgressAndTheEstimateIsWeightedByBytes() throws IOException {
    Files.write(dir.resolve("a-big.warc"), new byte[900_000]);
    Files.write(dir.resolve("b-small.txt"), new byte[50_000]);
    Files.write(dir.resolve("c-small.txt"), new byte[50_000]);
    Progress.Inputs inputs = Progress.measure(List.of(dir.toString()));
    assertThat(inputs.files()).isEqualTo(3);
    assertThat(inputs.bytes()).isEqualTo(1_000_000);
    Manual clock = new Manual();
    List<String> lines = new ArrayList<>();
    Progress p = new Progress(clock, lines::add, inputs);
    p.file(dir.resolve("a-big.warc").toString());
    clock.millis = 10_000;
    p.tick(40, 40, 0, 0);
    // ten seconds into the big file: by file count this said "about 20s left"; nothing is known yet
    assertThat(lines.get(0)).contains("file 1 of 3, estimating").doesNotContain("left");
    clock.millis = 90_000;
    p.file(dir.resolve("b-small.txt").toString());
    clock.millis = 92_000;
    p.tick(400, 400, 0, 0);
    // 900 kB took 90 s: the 100 kB left take about 10 s, of which 2 have passed
    assertThat(lines.get(1)).contains("file 2 of 3, about 8s left");
  }

  @Test
  void standardInputHasNoEstimate() {
    assertThat(Progress.measure(List.of("-"))).isEqualTo(Progress.Inputs.UNKNOWN);
  }
}
