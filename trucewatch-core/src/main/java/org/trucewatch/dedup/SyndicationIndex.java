package org.trucewatch.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.config.TrucewatchConfig;

/**
 * Groups articles that carry the same wire story, wholly or in part, into syndication clusters, incrementally and in
 * time linear in the number of paragraphs: each paragraph gets a MinHash signature of its word shingles, signatures are
 * banded into an LSH table, and a new article is compared only with the paragraphs that share a band with its own.
 * Two articles are copies of one story when they share at least {@code minSharedParagraphs} near-identical paragraphs
 * making up at least {@code minSharedFraction} of either article's text (a single shared background paragraph does not
 * make two stories one); copies are joined transitively (union-find).
 *
 * <p>Results do not depend on the order articles are added: the linking test is symmetric, and a cluster is named by
 * the least id among its members. Not thread-safe: one index per writer, as a Lucene {@code IndexWriter}. Holds no
 * resources.
 */
public final class SyndicationIndex {

  private static final int MAX_PARAGRAPHS = 1 << 15;
  private static final double ONE_PARAGRAPH_FRACTION = 0.6;

  private record Entry(String id, int totalChars, int[] chars, int[][] signatures) {}

  private final TrucewatchConfig.Dedup config;
  private final ParagraphSignatures signatures;
  private final int rows;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<Long, long[]> buckets = new HashMap<>();
  private final Map<Integer, List<SharedParagraph>> shared = new HashMap<>();
  private int[] parent = new int[16];
  private String[] label = new String[16];
  private final Map<Integer, List<Integer>> members = new HashMap<>();

  public SyndicationIndex(TrucewatchConfig.Dedup config) {
    if (config.hashes() % config.bands() != 0) {
      throw new IllegalArgumentException("dedup.hashes must be a multiple of dedup.bands");
    }
    this.config = config;
    this.signatures = new ParagraphSignatures(config);
    this.rows = config.hashes() / config.bands();
  }

  /** Adds an article's paragraphs; adding an id a second time changes nothing. */
  public void add(String id, List<String> paragraphs) {
    if (byId.containsKey(id)) {
      return;
    }
    int n = Math.min(paragraphs.size(), MAX_PARAGRAPHS);
    int[] chars = new int[n];
    int[][] sigs = new int[n][];
    int total = 0;
    for (int p = 0; p < n; p++) {
      String text = paragraphs.get(p);
      chars[p] = text.length();
      total += text.length();
      sigs[p] = signatures.signature(text);
    }
    int self = entries.size();
    Entry entry = new Entry(id, Math.max(1, total), chars, sigs);
    entries.add(entry);
    byId.put(id, self);
    grow(self);
    parent[self] = self;
    label[self] = id;
    members.put(self, new ArrayList<>(List.of(self)));

    Map<Integer, List<SharedParagraph>> matchesByArticle = new HashMap<>();
    for (int p = 0; p < n; p++) {
      if (sigs[p] == null) {
        continue;
      }
      java.util.Set<Long> seen = new java.util.HashSet<>();
      long[] keys = signatures.bandKeys(sigs[p]);
      for (int b = 0; b < config.bands(); b++) {
        long key = keys[b];
        long[] posting = buckets.get(key);
        if (posting != null) {
          for (int i = 1; i <= posting[0]; i++) {
            long ref = posting[i];
            if (!seen.add(ref)) {
              continue;
            }
            int other = (int) (ref >>> 16);
            int op = (int) (ref & 0xFFFF);
            if (other == self) {
              continue; // an article's own earlier paragraphs are not copies of it
            }
            double sim = ParagraphSignatures.similarity(sigs[p], entries.get(other).signatures()[op]);
            if (sim >= config.paragraphSimilarity()) {
              matchesByArticle.computeIfAbsent(other, k -> new ArrayList<>())
                  .add(new SharedParagraph(p, entries.get(other).id(), op, sim));
            }
          }
        }
        append(key, ((long) self << 16) | p);
      }
    }
    for (Map.Entry<Integer, List<SharedParagraph>> e : matchesByArticle.entrySet()) {
      if (isCopy(entry, entries.get(e.getKey()), e.getValue())) {
        union(self, e.getKey());
        for (SharedParagraph m : e.getValue()) {
          shared.computeIfAbsent(self, k -> new ArrayList<>()).add(m);
          shared.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new SharedParagraph(m.otherParagraph(), id, m.paragraph(), m.similarity()));
        }
      }
    }
  }

  /** The cluster of an added article: the least id among the articles it is a copy of (its own id if none). */
  public String clusterOf(String id) {
    Integer i = byId.get(id);
    if (i == null) {
      throw new IllegalArgumentException("not in the index: " + id);
    }
    return label[find(i)];
  }

  /** The ids of every article in the same cluster as {@code id} (itself included). */
  public List<String> clusterMembers(String id) {
    Integer i = byId.get(id);
    if (i == null) {
      throw new IllegalArgumentException("not in the index: " + id);
    }
    return members.get(find(i)).stream().map(k -> entries.get(k).id()).sorted().toList();
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The paragraphs of an article that other articles of its cluster carry, by paragraph index. */
  public List<SharedParagraph> shared(String id) {
    Integer i = byId.get(id);
    if (i == null) {
      throw new IllegalArgumentException("not in the index: " + id);
    }
    List<SharedParagraph> list = new ArrayList<>(shared.getOrDefault(i, List.of()));
    list.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
        : a.otherArticle().compareTo(b.otherArticle()));
    return list;
  }

  public int size() {
    return entries.size();
  }

  /**
   * The copy test: two articles carry one story when they share at least {@code minSharedParagraphs} near-identical
   * paragraphs making up at least {@code minSharedFraction} of either one's text, or one paragraph making up 60% of
   * it (a brief that is mostly one shared paragraph). Counts are each article's distinct shared paragraphs and their
   * characters; totals are each article's story length. Public for the Spark job, which applies the same test.
   */
  public static boolean isCopy(int countA, int countB, int charsA, int totalA, int charsB, int totalB,
      int minSharedParagraphs, double minSharedFraction) {
    int count = Math.min(countA, countB);
    double fraction = Math.max((double) charsA / Math.max(1, totalA), (double) charsB / Math.max(1, totalB));
    return count >= minSharedParagraphs && fraction >= minSharedFraction
        || count >= 1 && fraction >= ONE_PARAGRAPH_FRACTION;
  }

  private boolean isCopy(Entry a, Entry b, List<SharedParagraph> matches) {
    boolean[] inA = new boolean[a.chars().length];
    boolean[] inB = new boolean[b.chars().length];
    int charsA = 0;
    int charsB = 0;
    int countA = 0;
    int countB = 0;
    for (SharedParagraph m : matches) {
      if (!inA[m.paragraph()]) {
        inA[m.paragraph()] = true;
        charsA += a.chars()[m.paragraph()];
        countA++;
      }
      if (!inB[m.otherParagraph()]) {
        inB[m.otherParagraph()] = true;
        charsB += b.chars()[m.otherParagraph()];
        countB++;
      }
    }
    return isCopy(countA, countB, charsA, a.totalChars(), charsB, b.totalChars(), config.minSharedParagraphs(),
        config.minSharedFraction());
  }

  // Postings are long arrays whose slot 0 holds the count; a bucket stops growing at maxBucketSize, since a paragraph
  // that many pages share is furniture, not a story.
  private void append(long key, long ref) {
    long[] posting = buckets.get(key);
    if (posting == null) {
      posting = new long[4];
      buckets.put(key, posting);
    } else if (posting[0] >= config.maxBucketSize()) {
      return;
    } else if (posting[0] + 1 >= posting.length) {
      posting = Arrays.copyOf(posting, posting.length * 2);
      buckets.put(key, posting);
    }
    posting[(int) ++posting[0]] = ref;
  }

  private void grow(int index) {
    if (index >= parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
      label = Arrays.copyOf(label, label.length * 2);
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    String least = label[ra].compareTo(label[rb]) <= 0 ? label[ra] : label[rb];
    parent[rb] = ra;
    label[ra] = least;
    members.get(ra).addAll(members.remove(rb));
  }
}
