package org.trucewatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.dedup.SyndicationIndex;
import scala.Tuple2;

/**
 * Syndication clustering at scale, agreeing with core's single-JVM {@link SyndicationIndex}: each story paragraph's
 * MinHash signature is cut into LSH bands ({@link ParagraphSignatures}, the index's own hashes), giving (band key,
 * article, paragraph) rows; rows are sorted by key and input order, and each row is compared with the rows before it
 * in its bucket, of which only the first {@code maxBucketSize} are kept, as the index stops filling a bucket (a
 * paragraph that many pages share is furniture). Article pairs with a similar paragraph are verified by the index
 * itself on the two articles, so the copy test and the shared paragraphs are core's; copies are joined into clusters
 * by {@link MinLabelComponents}, named by their least article id.
 *
 * <p>One difference remains: an article is never its own copy here, while the index may list two near-identical
 * paragraphs of one article as shared with itself. Reads and writes nothing; immutable.
 */
final class Syndication implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Pipelines.Spec spec;
  private final ParagraphSignatures signatures;
  private final int maxBucketSize;
  private final double paragraphSimilarity;
  private final int partitions;

  /** @param spec the pipeline whose syndication index verifies pairs, on the executors */
  Syndication(Pipelines.Spec spec, TrucewatchConfig.Dedup config, int partitions) {
    this.spec = spec;
    this.signatures = new ParagraphSignatures(config);
    this.maxBucketSize = config.maxBucketSize();
    this.paragraphSimilarity = config.paragraphSimilarity();
    this.partitions = partitions;
  }

  /**
   * Where each article that has copies goes, by id: its cluster and the paragraphs its copies share. Articles with no
   * copy are absent.
   *
   * @param docs clean articles by id, one per id
   */
  JavaPairRDD<String, Clustered> cluster(JavaPairRDD<String, Items.Doc> docs) {
    JavaRDD<Items.Candidate> candidates = candidates(docs.values());
    JavaRDD<Items.Shared> shared = verify(candidates, docs);
    JavaPairRDD<String, String> edges = shared.mapToPair(s -> new Tuple2<>(s.id(), s.other()));
    JavaPairRDD<String, String> labels = MinLabelComponents.labels(edges, partitions);
    JavaPairRDD<String, Iterable<Items.Shared>> byArticle = shared.groupBy(Items.Shared::id, partitions);
    return labels.join(byArticle).mapValues(t -> new Clustered(t._1(), sorted(t._2())));
  }

  /** An article's cluster and the paragraphs shared with its copies, in the index's order. */
  record Clustered(String cluster, List<Items.Shared> shared) implements Serializable {}

  // Headings are too short and too generic to show that two pages carry one story (as CleanRun has it).
  static List<String> storyParagraphs(Article a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.add(a.paragraphs().get(i).kind() == Block.Kind.HEADING ? "" : a.paragraphText(i));
    }
    return out;
  }

  private JavaRDD<Items.Candidate> candidates(JavaRDD<Items.Doc> docs) {
    JavaPairRDD<Items.BandRow, Boolean> rows = docs.flatMapToPair(d -> {
      List<Tuple2<Items.BandRow, Boolean>> out = new ArrayList<>();
      List<String> story = storyParagraphs(JsonForms.article(JsonForms.parse(d.json())).article());
      for (int p = 0; p < story.size(); p++) {
        int[] sig = signatures.signature(story.get(p));
        if (sig != null) {
          for (long key : signatures.bandKeys(sig)) {
            out.add(new Tuple2<>(new Items.BandRow(key, d.order(), d.id(), p, sig), Boolean.TRUE));
          }
        }
      }
      return out.iterator();
    });
    int cap = maxBucketSize;
    double threshold = paragraphSimilarity;
    return rows.repartitionAndSortWithinPartitions(new BandPartitioner(partitions), new InputOrder())
        .keys()
        .mapPartitions(sorted -> pairs(sorted, cap, threshold))
        .distinct(partitions);
  }

  /**
   * Each row against the earlier rows of its bucket that the index would hold (the first {@code cap}); lazy, so a
   * partition's pairs are never all in memory.
   */
  private static Iterator<Items.Candidate> pairs(Iterator<Items.BandRow> sorted, int cap, double threshold) {
    return new Iterator<>() {
      private final List<Items.BandRow> head = new ArrayList<>();
      private final java.util.ArrayDeque<Items.Candidate> ready = new java.util.ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && sorted.hasNext()) {
          Items.BandRow row = sorted.next();
          if (!head.isEmpty() && head.get(0).key() != row.key()) {
            head.clear();
          }
          for (Items.BandRow earlier : head) {
            if (!earlier.id().equals(row.id())
                && ParagraphSignatures.similarity(earlier.signature(), row.signature()) >= threshold) {
              ready.add(new Items.Candidate(earlier.id(), row.id()));
            }
          }
          if (head.size() < cap) {
            head.add(row);
          }
        }
        return !ready.isEmpty();
      }

      @Override
      public Items.Candidate next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  /** The shared paragraphs of candidate pairs that the index's copy test accepts, for both articles of each. */
  private JavaRDD<Items.Shared> verify(JavaRDD<Items.Candidate> candidates, JavaPairRDD<String, Items.Doc> docs) {
    return candidates.mapToPair(c -> new Tuple2<>(c.first(), c))
        .join(docs, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1().second(), t._2()._2()))
        .join(docs, partitions)
        .flatMap(t -> copyTest(t._2()._1(), t._2()._2()).iterator());
  }

  private List<Items.Shared> copyTest(Items.Doc first, Items.Doc second) {
    SyndicationIndex index = Pipelines.get(spec).newSyndicationIndex();
    for (Items.Doc d : List.of(first, second)) {
      index.add(d.id(), storyParagraphs(JsonForms.article(JsonForms.parse(d.json())).article()));
    }
    List<Items.Shared> out = new ArrayList<>();
    if (index.clusterOf(first.id()).equals(index.clusterOf(second.id()))) {
      for (Items.Doc d : List.of(first, second)) {
        for (SharedParagraph s : index.shared(d.id())) {
          if (!s.otherArticle().equals(d.id())) {
            out.add(new Items.Shared(d.id(), s.paragraph(), s.otherArticle(), s.otherParagraph(), s.similarity()));
          }
        }
      }
    }
    return out;
  }

  // The index sorts by paragraph and then the other article; entries that tie come from one pair, already in order.
  private static List<Items.Shared> sorted(Iterable<Items.Shared> shared) {
    List<Items.Shared> list = new ArrayList<>();
    shared.forEach(list::add);
    list.sort(Comparator.comparingInt(Items.Shared::paragraph).thenComparing(Items.Shared::other));
    return List.copyOf(list);
  }

  /** Sends every row of a bucket to one partition. */
  private static final class BandPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    BandPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(Long.hashCode(((Items.BandRow) key).key()), partitions);
    }
  }

  /** Bucket, then the order the index sees rows in: article by input order, then paragraph. */
  private static final class InputOrder implements Comparator<Items.BandRow>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Items.BandRow a, Items.BandRow b) {
      int c = Long.compare(a.key(), b.key());
      if (c == 0) {
        c = Long.compare(a.order(), b.order());
      }
      return c != 0 ? c : Integer.compare(a.paragraph(), b.paragraph());
    }
  }
}
