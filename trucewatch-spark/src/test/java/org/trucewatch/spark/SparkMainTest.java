package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers to bad usage, before any Spark session starts. */
class SparkMainTest {

  @TempDir Path tmp;

  @Test
  void aMissingOptionIsAUsageError() {
    Result r = run("run", "--output", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(SparkMain.USAGE);
    assertThat(r.err()).contains("--input");
  }

  @Test
  void aConfigurationThatCannotBeReadIsNamed() {
    Path missing = tmp.resolve("missing.json");
    Result r = run("--config", missing.toString(), "run", "--input", tmp.toString(), "--output",
        tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(SparkMain.CONFIG);
    assertThat(r.err()).contains(missing.toString()).doesNotContain("internal error");
  }

  @Test
  void aLocalDriverBindsToLoopbackAndAClusterIsLeftAlone() {
    org.apache.spark.SparkConf none = new org.apache.spark.SparkConf(false);
    assertThat(SparkMain.loopbackDriver("local[2]", none)).containsEntry("spark.driver.host", "127.0.0.1")
        .containsEntry("spark.driver.bindAddress", "127.0.0.1");
    assertThat(SparkMain.loopbackDriver("local[*]", none)).hasSize(2);
    assertThat(SparkMain.loopbackDriver("spark://cluster:7077", none)).isEmpty();
    assertThat(SparkMain.loopbackDriver("yarn", none)).isEmpty();
    org.apache.spark.SparkConf userHost = new org.apache.spark.SparkConf(false).set("spark.driver.host", "10.0.0.5");
    assertThat(SparkMain.loopbackDriver("local[2]", userHost)).doesNotContainKey("spark.driver.host")
        .containsEntry("spark.driver.bindAddress", "127.0.0.1");
  }

  private record Result(int code, String err) {}

  private static Result run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Result(SparkMain.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }
}
