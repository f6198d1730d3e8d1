package org.trucewatch.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.ParagraphSignatures;
import scala.Tuple2;
/**
 * Syndication clustering at scale, agreeing with core's single-JVM {@link org.trucewatch.dedup.SyndicationIndex}:
 * each story paragraph's MinHash signature is cut into LSH bands ({@link ParagraphSignatures}, the index's own
 * hashes), giving (band key, article, paragraph) rows; rows are sorted by key and input order, and each is compared
 * with the rows before it in its bucket, of which only the first {@code maxBucketSize} are kept, as the index stops
 * filling a bucket (a paragraph that many pages share is furniture). Paragraph matches are grouped by article pair and
 * put to the index's copy test ({@link CopyTest}); copies are joined into clusters by {@link MinLabelComponents},
 * named by their least article id. Each signature is computed once, and no article's text moves after the first pass.
 *
 * <p>One difference remains: an article is never its own copy here, while the index may list two near-identical
 * paragraphs of one article as shared with itself. Reads and writes nothing; immutable.
 */
final class Syndication implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ParagraphSignatures signatures;
  private final CopyTest copyTest;
  private final int maxBucketSize;
  private final double paragraphSimilarity;
  private final int partitions;

  Syndication(TrucewatchConfig.Dedup config, int partitions) {
    this.signatures = new ParagraphSignatures(config);
    this.copyTest = new CopyTest(config);
    this.maxBucketSize = config.maxBucketSize();
    this.paragraphSimilarity = config.paragraphSimilarity();
    this.partitions = partitions;
  }

  /**
   * What clustering found, both cached until {@link #release()}: the cluster of every article that has copies (those
   * without are absent), and each such article's paragraphs that its copies share, one entry each.
   */
  record Result(JavaPairRDD<String, String> clusters, JavaRDD<Items.Shared> shared) {
    void release() {
      clusters.unpersist(false);
      shared.unpersist(false);
    }
  }

  /** @param docs clean articles by id, one per id */
  Result cluster(JavaPairRDD<String, Items.Doc> docs) {
    org.apache.spark.SparkContext sc = docs.context();
    sc.setCallSite("cluster: bucket sizes");
    JavaRDD<CopyTest.Match> matches = matches(docs.values());
    sc.setCallSite("cluster: matches and copy test");
    JavaRDD<Items.Shared> shared = matches
        .groupBy(CopyTest.Match::articles, partitions)
        .flatMap(t -> copyTest.verify(t._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    shared.count();
    sc.setCallSite("cluster: components");
    JavaPairRDD<String, String> labels =
        MinLabelComponents.labels(shared.mapToPair(s -> new Tuple2<>(s.id(), s.other())), partitions);
    sc.clearCallSite();
    return new Result(labels, shared);
  }

  // Headings are too short and too generic to show that two pages carry one story (as CleanRun has it).
  static List<String> storyParagraphs(Article a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.add(a.paragraphs().get(i).kind() == Block.Kind.HEADING ? "" : a.paragraphText(i));
    }
    return out;
  }

  /**
   * Paragraph pairs that share a band and are similar enough, each in the first band the index meets them in and
   * perhaps in later ones: a pair is left out of a band when an earlier band of theirs surely compared them, one whose
   * bucket never filled.
   */
  private JavaRDD<CopyTest.Match> matches(JavaRDD<Items.Doc> docs) {
    int cap = maxBucketSize;
    double threshold = paragraphSimilarity;
    JavaRDD<Items.BandRow> rows = docs.flatMap(d -> bandRows(d).iterator());
    // Buckets past the cap are furniture, and few: the driver can hold their keys.
    HashSet<Long> full = new HashSet<>(rows.mapToPair(r -> new Tuple2<>(r.key(), 1))
        .reduceByKey(Integer::sum, partitions).filter(t -> t._2() > cap).keys().collect());
    Broadcast<HashSet<Long>> capped = JavaSparkContext.fromSparkContext(docs.context()).broadcast(full);
    return rows.mapToPair(r -> new Tuple2<>(r, Boolean.TRUE))
        .repartitionAndSortWithinPartitions(new BandPartitioner(partitions), new InputOrder())
        .keys()
        .mapPartitions(sorted -> scan(sorted, cap, threshold, capped.value()));
  }

  private List<Items.BandRow> bandRows(Items.Doc d) {
    List<Items.BandRow> out = new ArrayList<>();
    List<String> story = storyParagraphs(JsonForms.article(JsonForms.parse(d.json())).article());
    int total = Math.max(1, story.stream().mapToInt(String::length).sum());
    for (int p = 0; p < story.size(); p++) {
      int[] sig = signatures.signature(story.get(p));
      if (sig != null) {
        long[] keys = signatures.bandKeys(sig);
        for (int band = 0; band < keys.length; band++) {
          out.add(new Items.BandRow(keys[band], band, d.order(), d.id(), p, sig, story.get(p).length(), total));
        }
      }
    }
    return out;
  }

  /**
   * Each row against the earlier rows of its bucket that the index would hold (the first {@code cap}); lazy, so a
   * partition's matches are never all in memory.
   */
  private Iterator<CopyTest.Match> scan(Iterator<Items.BandRow> sorted, int cap, double threshold,
      Set<Long> capped) {
    return new Iterator<>() {
      private final List<Items.BandRow> head = new ArrayList<>();
      private final ArrayDeque<CopyTest.Match> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && sorted.hasNext()) {
          Items.BandRow row = sorted.next();
          if (!head.isEmpty() && head.get(0).key() != row.key()) {
            head.clear();
          }
          for (Items.BandRow earlier : head) {
            if (earlier.id().equals(row.id())) {
              continue;
            }
            double sim = ParagraphSignatures.similarity(earlier.signature(), row.signature());
            if (sim >= threshold && !metBefore(earlier, row, capped)) {
              ready.add(new CopyTest.Match(earlier.id(), row.id(), earlier.paragraph(), row.paragraph(), row.band(),
                  sim, earlier.chars(), row.chars(), earlier.total(), row.total()));
            }
          }
          if (head.size() < cap) {
            head.add(row);
          }
        }
        return !ready.isEmpty();
      }

      @Override
      public CopyTest.Match next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  /** Whether two rows' paragraphs share a band before this one whose bucket held every row, so met there. */
  private boolean metBefore(Items.BandRow a, Items.BandRow b, Set<Long> capped) {
    if (b.band() == 0) {
      return false;
    }
    long[] ka = signatures.bandKeys(a.signature());
    long[] kb = signatures.bandKeys(b.signature());
    for (int band = 0; band < b.band(); band++) {
      if (ka[band] == kb[band] && !capped.contains(ka[band])) {
        return true;
      }
    }
    return false;
  }

  /** An article's shared paragraphs in the index's order: by paragraph, then the other article, then as it met them. */
  static List<Items.Shared> sorted(Iterable<Items.Shared> shared) {
    List<Items.Shared> list = new ArrayList<>();
    shared.forEach(list::add);
    list.sort(Comparator.comparingInt(Items.Shared::paragraph).thenComparing(Items.Shared::other)
        .thenComparingLong(Items.Shared::tie));
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
