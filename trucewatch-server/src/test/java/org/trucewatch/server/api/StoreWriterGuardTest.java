package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.server.Fixtures;
import org.trucewatch.store.Store;

/** A posted article that is too costly is that article's rejection: the valid one in the same request is stored. */
class StoreWriterGuardTest {

  @TempDir Path dir;

  @Test
  void aCostlyArticleIsRejectedAndTheOtherStored() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{\"extract\": {\"maxSecondsPerDocument\": 40}}");
    AtomicLong now = new AtomicLong();
    // The budget's clock moves a second each time it is read: a 60-sentence article runs out, a 2-sentence one not.
    Pipeline pipeline = new Pipeline(TrucewatchConfig.load(config), Fixtures.CLOCK,
        () -> now.addAndGet(1_000_000_000L));
    String slow = "Armenian forces shelled the Azerbaijani town of Tartar on Saturday, the ministry said. ".repeat(60);
    String body = "{\"id\":\"slow\",\"published\":\"2020-10-28\",\"text\":\"Shelling in Tartar\\n\\n" + slow + "\"}\n"
        + ApiWriteTest.ARTICLE + "\n";
    try (Store store = Fixtures.emptyStore(dir)) {
      StoreWriter.IngestOutcome out = new StoreWriter(pipeline, store, Fixtures.CLOCK)
          .articles(body, List.of("slow", "wire-1"));
      assertThat(out.counts().rejected()).isEqualTo(1);
      assertThat(out.articles().get(0).stored()).isFalse();
      assertThat(out.articles().get(1).stored()).isTrue();
      assertThat(out.problems()).singleElement().asString()
          .startsWith("request body (").contains("too costly: stopped after 40 s at sentence");
    }
  }
}
