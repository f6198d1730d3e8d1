package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.report.EventJson;

/**
 * Golden file: every event the whole pipeline (read, clean, cluster, extract) finds in the sample articles, in the
 * {@code extract --json} form. A change in extraction shows up as a diff to review; accept an intended one with
 * {@code -Dgolden.update=true}. See the README beside the golden file.
 */
class ExtractGoldenFilesTest {

  @Test
  void samplesMatchGolden() throws IOException {
    check("../data/samples", Path.of("src/test/resources/extract/golden/samples.events.jsonl"));
  }

  @Test
  void writtenArticlesMatchGolden() throws IOException {
    check("src/test/resources/extract/written", Path.of("src/test/resources/extract/golden/written.events.jsonl"));
  }

  private static void check(String input, Path golden) throws IOException {
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(),
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    ExtractRun.Result result = new ExtractRun(pipeline).run(List.of(input), r -> { }, w -> { });
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    StringBuilder sb = new StringBuilder();
    for (ExtractRun.ArticleEvents ae : result.articles()) {
      for (Event e : ae.extraction().events()) {
        sb.append(mapper.writeValueAsString(EventJson.toJson(mapper, e))).append('\n');
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, sb.toString());
    }
    assertThat(sb.toString()).isEqualTo(Files.readString(golden));
  }
}
