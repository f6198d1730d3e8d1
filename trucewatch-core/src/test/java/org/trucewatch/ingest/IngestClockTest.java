package org.trucewatch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Whether a container's publication date lies in the future is judged by the ingestor's clock, not the machine's. */
class IngestClockTest {

  private static final byte[] LINE =
      "{\"id\": \"x\", \"published\": \"2031-03-10\", \"text\": \"Shelling hit the town.\"}\n".getBytes(UTF_8);

  private static Collected readOn(String day) {
    Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    return Collected.stream(new Ingestor(Collected.DEFAULTS, Path.of(""), InputStream::nullInputStream, clock),
        "feed.jsonl", LINE);
  }

  @Test
  void aDateAfterTheClocksTomorrowIsWarnedAsFuture() {
    Collected c = readOn("2031-03-01");
    assertThat(c.documents).hasSize(1);
    assertThat(c.warnings).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("'published'").contains("in the future"));
  }

  @Test
  void theSameDateIsTakenOnceTheClockHasPassedIt() {
    assertThat(readOn("2031-03-09").warnings).isEmpty();
    assertThat(readOn("2031-03-12").warnings).isEmpty();
  }
}
