package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.incident.Incident;
import org.trucewatch.pipeline.IngestRun;
import org.trucewatch.report.EventJson;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/**
 * {@code load} on the job's output for the samples: into a SQLite file, the stored articles, clusters, events and
 * incidents are those {@code trucewatch ingest} stores from the same files; a second load changes nothing.
 */
class SparkLoadTest {

  @TempDir Path tmp;

  @Test
  void storesWhatIngestStoresAndLoadingAgainChangesNothing() throws IOException {
    SparkSession spark = LocalSpark.session();
    Path run = LocalSpark.samplesRun();
    long parquetEvents = spark.read().parquet(run + "/events").count();

    try (Store loaded = JdbcStore.open(tmp.resolve("loaded.db").toString(), LocalSpark.CLOCK, Map.of());
        Store ingested = JdbcStore.open(tmp.resolve("ingested.db").toString(), LocalSpark.CLOCK, Map.of())) {
      SparkLoad.Counts first = new SparkLoad(LocalSpark.pipeline(), loaded).load(spark, run.toString());
      assertThat(first).isEqualTo(new SparkLoad.Counts(5, 5, 0, 0, parquetEvents, 0));

      new IngestRun(LocalSpark.pipeline(), ingested, LocalSpark.CLOCK)
          .run(List.of(SparkJobTest.SAMPLES.toString()), p -> { }, p -> { });
      assertThat(loaded.stats()).isEqualTo(ingested.stats());
      assertThat(incidents(loaded)).isEqualTo(incidents(ingested));
      for (Row r : spark.read().parquet(run + "/articles").select("article", "cluster").collectAsList()) {
        StoredArticle a = loaded.article(r.getString(0)).orElseThrow();
        assertThat(a.cluster()).isEqualTo(r.getString(1));
        assertThat(a.article()).isEqualTo(ingested.article(r.getString(0)).orElseThrow().article());
        assertThat(events(loaded, a)).isEqualTo(events(ingested, a));
      }

      SparkLoad.Counts again = new SparkLoad(LocalSpark.pipeline(), loaded).load(spark, run.toString());
      assertThat(again).isEqualTo(new SparkLoad.Counts(5, 0, 0, 5, 0, 0));
      assertThat(loaded.stats()).isEqualTo(ingested.stats());
    }
  }

  private static List<String> incidents(Store store) {
    return store.incidents(IncidentQuery.all()).stream().map(Incident::toString).sorted().toList();
  }

  private static List<JsonNode> events(Store store, StoredArticle a) {
    return store.inTransaction(tx -> tx.eventsOf(a.article().id())).stream()
        .map(StoredEvent::event).map(e -> (JsonNode) EventJson.toJson(JsonForms.MAPPER, e))
        .sorted(java.util.Comparator.comparing(JsonNode::toString)).toList();
  }
}
