package org.trucewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;

/** The scaling benchmark at toy sizes on the sample articles: what it counts, not how fast. */
class ScaleBenchTest {

  private static ScaleBench bench;
  private static Variator variator;

  @TempDir Path dir;

  @BeforeAll
  static void prepare() {
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(),
        Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    BenchCorpus corpus = BenchCorpus.read(pipeline, List.of(Path.of("../data/samples").toString()));
    variator = new Variator(corpus.articles(), 3L, 0.3, 100);
    bench = ScaleBench.prepare(pipeline, corpus, variator, s -> { });
  }

  @Test
  void theOriginalsHaveEventsAndThePlacesAreOfBothCountries() {
    assertThat(bench.originalEvents()).hasSize(5).allSatisfy(events -> assertThat(events).isNotEmpty());
    assertThat(bench.places()).hasSizeGreaterThan(100)
        .extracting(l -> l.country()).contains("AZ", "AM").containsOnly("AZ", "AM");
  }

  @Test
  void clusteringFindsTheExactCopiesAndKeepsTheVariantsApart() {
    ScaleBench.ClusterPoint p = bench.cluster(120);
    int copies = 0;
    for (int i = 0; i < 120; i++) {
      copies += variator.variant(i).copyOf() >= 0 ? 1 : 0;
    }
    assertThat(p.exactCopies()).isEqualTo(copies).isPositive();
    assertThat(p.expectedClusters()).isEqualTo(120 - copies);
    // Copies are always found. Some variants of one sample still share a story: conflict news is mostly names and
    // lexicon words, which variation keeps (on the whole corpus, about 2 in 100 variants do; on these 120 variants of
    // five samples up to a third once the lexicon held the attribution and denial phrasings of 2026-12-03). Which
    // variants share depends on the seeded draws, and one lexicon word more or less shifts them all: 44 to 52 of 87
    // were seen on 2026-12-05, so the floor stands below that swing.
    assertThat(p.clusters()).isLessThanOrEqualTo(p.expectedClusters())
        .isGreaterThanOrEqualTo((int) (0.45 * p.expectedClusters()));
    assertThat(p.cpuMicrosPerArticle()).isPositive();
  }

  @Test
  void storingKeepsEveryEventAndResolvesTheAttacksIntoIncidents() {
    Path db = dir.resolve("scale.db");
    ScaleBench.StorePoint p = bench.store(40, db, 7);
    long expected = 0;
    for (int i = 0; i < 40; i++) {
      expected += bench.originalEvents().get(variator.variant(i).original()).size();
    }
    assertThat(p.events()).isEqualTo(expected);
    assertThat(p.incidents()).isPositive().isLessThanOrEqualTo(p.attackMentions());
    // Exact copies report the same attacks at the same places and days: they join their source's incidents.
    assertThat(p.largestIncident()).isGreaterThan(1);
    assertThat(p.databaseBytes()).isPositive();
    assertThat(Files.exists(db)).isTrue();
    // A second run replaces the database instead of adding to it.
    assertThat(bench.store(40, db, 40).events()).isEqualTo(expected);
  }
}
