package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

  private static final Path SAMPLES = Path.of("../data/samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void jsonHasTheContractFieldsForEverySample() throws IOException {
    CliHarness.Run r = CliHarness.run("clean", "--json", SAMPLES.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> articles = lines(r.out());
    assertThat(articles).hasSize(5);
    for (JsonNode a : articles) {
      assertThat(a.has("article") && a.has("title") && a.has("published") && a.has("outlet") && a.has("body")
          && a.has("cluster") && a.has("language")).isTrue();
      assertThat(a.get("body").asText()).isNotBlank();
      for (JsonNode p : a.get("paragraphs")) {
        assertThat(p.get("end").asInt()).isLessThanOrEqualTo(a.get("body").asText().length());
      }
    }
    assertThat(articles.get(0).get("article").asText()).isEqualTo("000_9810f678411d9058.txt");
  }

  @Test
  void copiesOfOneWireStoryShareAClusterAndTheUndatedOneTakesItsDate() throws IOException {
    List<JsonNode> a = lines(CliHarness.run("clean", "--json", SAMPLES.toString()).out());
    assertThat(a.get(0).get("cluster")).isEqualTo(a.get(1).get("cluster"));
    assertThat(a.get(2).get("cluster")).isNotEqualTo(a.get(0).get("cluster"));
    assertThat(a.get(0).get("published").asText()).startsWith("2020-10-14");
    assertThat(a.get(0).get("published_from").get("inferred").asBoolean()).isTrue();
    assertThat(a.get(0).get("shared_paragraphs")).isNotEmpty();
  }

  @Test
  void readingTheSameFileTwiceChangesNothing() throws IOException {
    String one = CliHarness.run("clean", "--json", SAMPLES.resolve("000_9810f678411d9058.txt").toString()).out();
    CliHarness.Run twice = CliHarness.run("clean", "--json", SAMPLES.resolve("000_9810f678411d9058.txt").toString(),
        SAMPLES.resolve("000_9810f678411d9058.txt").toString());
    assertThat(lines(twice.out())).hasSize(1);
    assertThat(twice.out()).isEqualTo(one);
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheBatchGoesOn() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("image.bin"), new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G', 0, 0});
    Path truncated = dir.resolve("cut.txt.gz");
    byte[] gz;
    try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(Files.readAllBytes(SAMPLES.resolve("004_9ac61c74d985831d.txt")));
      out.close();
      gz = bytes.toByteArray();
    }
    Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
    Path badJson = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"text\": \n{not json}\n");
    CliHarness.Run r = CliHarness.run("clean", "--json", empty.toString(), binary.toString(), truncated.toString(),
        badJson.toString(), dir.resolve("missing.txt").toString(), SAMPLES.resolve("002_1935a116eeee51d1.txt").toString());
    assertThat(r.exit()).isZero();
    assertThat(lines(r.out())).hasSize(1);
    String[] err = r.err().split("\n");
    assertThat(r.err()).contains("empty.txt", "image.bin", "cut.txt.gz", "bad.jsonl", "missing.txt");
    for (String line : err) {
      assertThat(line).startsWith("trucewatch: ");
    }
  }

  @Test
  void nothingReadableExitsWithOne() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
    CliHarness.Run r = CliHarness.run("clean", empty.toString());
    assertThat(r.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("empty.txt").contains("empty");
  }

  @Test
  void usageAndConfigurationErrorsHaveTheirOwnCodes() throws IOException {
    assertThat(CliHarness.run("clean", "--no-such-option", "x").exit()).isEqualTo(Main.USAGE);
    assertThat(CliHarness.run("clean").exit()).isEqualTo(Main.USAGE);
    Path config = Files.writeString(dir.resolve("c.json"), "{\"ingest\": {\"nope\": 1}}");
    CliHarness.Run r = CliHarness.run("--config", config.toString(), "clean", SAMPLES.toString());
    assertThat(r.exit()).isEqualTo(Main.CONFIG);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void readableOutputNamesEachArticleAndExplainsRemovals() {
    CliHarness.Run r = CliHarness.run("clean", "--explain", SAMPLES.resolve("003_05998da5bca483f9.txt").toString());
    assertThat(r.out()).contains("003_05998da5bca483f9.txt", "title:", "removed (site furniture): Advertisement");
  }
}
