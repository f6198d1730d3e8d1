package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.extract.Event;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.report.ArticleJson;
import org.trucewatch.report.EventJson;

/**
 * The job against the single-JVM run ({@code ExtractRun}, which runs {@code CleanRun}) on the sample articles, as plain
 * files and as a JSON Lines file built from them: the same articles, clusters and events in the same JSON forms, order
 * aside. And bad inputs: rejections with their reasons, never a failed job.
 */
class SparkJobTest {

  static final Path SAMPLES = Path.of("../data/samples");

  @TempDir static Path tmp;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @Test
  void plainFilesGiveWhatTheSingleJvmRunGives() throws IOException {
    assertSameAsSingleJvm(List.of(SAMPLES.toString()), LocalSpark.samplesRun());
  }

  @Test
  void jsonLinesAndBadInputsGiveWhatTheSingleJvmRunGives() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("mixed"));
    StringBuilder lines = new StringBuilder();
    try (var files = Files.list(SAMPLES)) {
      for (Path p : files.sorted().toList()) {
        ObjectNode o = JsonForms.MAPPER.createObjectNode();
        o.put("id", p.getFileName().toString().replace(".txt", ""));
        o.put("text", Files.readString(p));
        lines.append(o).append('\n');
      }
    }
    Files.writeString(in.resolve("samples.jsonl"), lines);
    Files.write(in.resolve("a-empty.txt"), new byte[0]);
    Files.write(in.resolve("b-binary.bin"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x7F, 0x00});
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("c-truncated.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Path out = tmp.resolve("out-mixed");

    List<String> rejected = assertSameAsSingleJvm(List.of(in.toString(), tmp.resolve("missing").toString()), out);

    List<String> reasons = spark.read().parquet(out + "/rejections").orderBy("source").collectAsList().stream()
        .map(r -> r.<String>getAs("source").replace(tmp.toString(), "") + " " + r.<String>getAs("reason"))
        .toList();
    assertThat(reasons).containsExactly("/missing not_found", "/mixed/a-empty.txt empty",
        "/mixed/b-binary.bin binary", "/mixed/c-truncated.jsonl.gz truncated");
    assertThat(spark.read().parquet(out + "/rejections").collectAsList().stream()
        .map(r -> new Rejection(r.getAs("source"), r.getAs("record"),
            Rejection.Reason.valueOf(r.<String>getAs("reason").toUpperCase(java.util.Locale.ROOT)),
            r.getAs("message")).oneLine()).toList())
        .as("the same rejections as the single-JVM run, in the same words")
        .containsExactlyInAnyOrderElementsOf(rejected);
  }

  @Test
  void anExistingOutputIsKeptUnlessOverwriting() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    assertThatThrownBy(() -> LocalSpark.job().run(spark, List.of(SAMPLES.toString()), out.toString(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken").hasMessageContaining("exists");
  }

  /** Runs the job unless {@code out} holds its output already; returns the single-JVM run's rejections. */
  private List<String> assertSameAsSingleJvm(List<String> inputs, Path out) throws IOException {
    List<String> rejected = new ArrayList<>();
    ExtractRun.Result single = new ExtractRun(LocalSpark.pipeline()).run(inputs,
        r -> rejected.add(r.oneLine()), w -> { });
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> clusters = new ArrayList<>();
    List<JsonNode> events = new ArrayList<>();
    for (ExtractRun.ArticleEvents ae : single.articles()) {
      ObjectNode a = ArticleJson.toJson(JsonForms.MAPPER, ae.article());
      articles.add(a);
      ObjectNode c = JsonForms.MAPPER.createObjectNode().put("article", ae.article().article().id())
          .put("cluster", ae.article().cluster());
      c.set("shared_paragraphs", a.get("shared_paragraphs"));
      clusters.add(c);
      for (Event e : ae.extraction().events()) {
        events.add(EventJson.toJson(JsonForms.MAPPER, e));
      }
    }
    assertThat(single.articles()).hasSize(5);
    assertThat(events).isNotEmpty();
    assertThat(clusters.stream().map(c -> c.get("cluster").asText()).distinct().count())
        .as("the samples hold one syndicated pair").isEqualTo(4);

    if (!Files.exists(out)) {
      SparkJob.Summary s = LocalSpark.job().run(spark, inputs, out.toString(), false);
      assertThat(s.articles()).isEqualTo(5);
      assertThat(s.clusters()).isEqualTo(4);
      assertThat(s.events()).isEqualTo(events.size());
    }
    assertThat(rows(out.resolve("articles"), "removed")).containsExactlyElementsOf(normalised(articles));
    assertThat(rows(out.resolve("clusters"))).containsExactlyElementsOf(normalised(clusters));
    assertThat(rows(out.resolve("events"))).containsExactlyElementsOf(normalised(events));
    return rejected;
  }

  /** A Parquet output's rows as JSON, without the fields named, in a stable order. */
  private static List<JsonNode> rows(Path dir, String... without) {
    List<JsonNode> out = new ArrayList<>();
    for (String json : spark.read().parquet(dir.toString()).toJSON().collectAsList()) {
      ObjectNode o = (ObjectNode) JsonForms.parse(json);
      for (String f : without) {
        o.remove(f);
      }
      out.add(o);
    }
    return normalised(out);
  }

  /** Trees without null fields (Spark writes none, core writes some), re-read from text, in a stable order. */
  private static List<JsonNode> normalised(List<? extends JsonNode> nodes) {
    return nodes.stream().map(n -> JsonForms.parse(withoutNulls(n.deepCopy()).toString()))
        .sorted(Comparator.comparing(JsonNode::toString)).toList();
  }

  private static JsonNode withoutNulls(JsonNode n) {
    if (n instanceof ObjectNode o) {
      List<String> nulls = new ArrayList<>();
      o.fields().forEachRemaining(e -> {
        if (e.getValue().isNull()) {
          nulls.add(e.getKey());
        } else {
          withoutNulls(e.getValue());
        }
      });
      o.remove(nulls);
    } else if (n.isArray()) {
      n.forEach(SparkJobTest::withoutNulls);
    }
    return n;
  }
}
