package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.pipeline.CleanRun;
import scala.Tuple2;

/**
 * The job's clustering against core's index on a synthetic batch built to strain it: stories with whole, partial and
 * edited copies, and furniture paragraphs that fill their buckets past a small cap (so which pairs the index compares
 * depends on input order). Every article's cluster and shared paragraphs must be the index's.
 */
class SyndicationTest {

  private static final TrucewatchConfig.Dedup DEFAULTS = TrucewatchConfig.defaults().dedup();
  private static final TrucewatchConfig.Dedup SMALL_BUCKETS = new TrucewatchConfig.Dedup(DEFAULTS.shingleWords(),
      DEFAULTS.hashes(), DEFAULTS.bands(), DEFAULTS.paragraphSimilarity(), DEFAULTS.minSharedFraction(),
      DEFAULTS.minSharedParagraphs(), DEFAULTS.minParagraphWords(), 3, DEFAULTS.seed());

  @Test
  void clustersAndSharesAsTheSyndicationIndex() {
    Random random = new Random(11);
    List<String> furniture = List.of(words(random, 14), words(random, 12));
    List<List<String>> stories = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      List<String> story = new ArrayList<>();
      for (int p = 0; p < 2 + random.nextInt(4); p++) {
        story.add(words(random, 10 + random.nextInt(25)));
      }
      stories.add(story);
    }
    Map<String, List<String>> batch = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      List<String> story = stories.get(random.nextInt(stories.size()));
      List<String> paragraphs = new ArrayList<>();
      for (String p : story) {
        int fate = random.nextInt(5);
        paragraphs.add(fate == 0 ? words(random, 15) : fate == 1 ? edit(random, p) : p);
      }
      if (random.nextBoolean()) {
        paragraphs.add(random.nextInt(paragraphs.size() + 1), edit(random, furniture.get(random.nextInt(2))));
      }
      batch.put(String.format("a%02d-%d", random.nextInt(100), i), paragraphs);
    }

    SyndicationIndex index = new SyndicationIndex(SMALL_BUCKETS);
    List<Tuple2<String, Items.Doc>> docs = new ArrayList<>();
    long order = 0;
    for (Map.Entry<String, List<String>> e : batch.entrySet()) {
      index.add(e.getKey(), e.getValue());
      docs.add(new Tuple2<>(e.getKey(), doc(e.getKey(), order++, e.getValue())));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    Syndication.Result clustered = new Syndication(SMALL_BUCKETS, 3).cluster(jsc.parallelizePairs(docs, 3));
    Map<String, String> clusters = clustered.clusters().collectAsMap();
    Map<String, List<Items.Shared>> shared = clustered.shared().collect().stream()
        .collect(java.util.stream.Collectors.groupingBy(Items.Shared::id));
    clustered.release();

    int withCopies = 0;
    for (String id : batch.keySet()) {
      List<String> expected = index.shared(id).stream().filter(s -> !s.otherArticle().equals(id))
          .map(s -> s.paragraph() + " " + s.otherArticle() + " " + s.otherParagraph() + " " + s.similarity())
          .toList();
      String cluster = clusters.get(id);
      if (cluster == null) {
        assertThat(index.clusterMembers(id)).as(id).containsExactly(id);
        assertThat(shared).doesNotContainKey(id);
        continue;
      }
      withCopies++;
      assertThat(cluster).as(id).isEqualTo(index.clusterOf(id));
      assertThat(Syndication.sorted(shared.get(id)).stream().map(s -> s.paragraph() + " " + s.other() + " "
          + s.otherParagraph() + " " + s.similarity()).toList()).as(id).isEqualTo(expected);
    }
    assertThat(withCopies).isGreaterThan(20);
  }

  private static Items.Doc doc(String id, long order, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      ps.add(new Paragraph(body.length(), body.length() + p.length(), Block.Kind.PARAGRAPH));
      body.append(p);
    }
    Article a = new Article(id, id, null, "0", null, null, null, null, null, null, "en", body.toString(), ps, null,
        null);
    return new Items.Doc(order, id, JsonForms.articleString(new CleanRun.ClusteredArticle(a, null, List.of())), null);
  }

  private static String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append("w").append(random.nextInt(300));
    }
    return sb.toString();
  }

  private static String edit(Random random, String p) {
    String[] w = p.split(" ");
    w[random.nextInt(w.length)] = "e" + random.nextInt(300);
    return String.join(" ", w);
  }
}
