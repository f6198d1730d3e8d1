package org.trucewatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.SyndicationIndex;

/**
 * The copy test of core's {@link SyndicationIndex#isCopy} on one pair of articles and the paragraph matches the LSH
 * buckets found between them. For a pair of copies it gives each article's shared paragraphs with a key that
 * puts entries tying on paragraph and other article in the order the index lists them. {@code CopyTestTest} checks it
 * against the index. Immutable and thread-safe.
 */
final class CopyTest implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Two paragraphs, of an earlier and a later article (in input order), whose signatures agree at least as much as
   * the threshold, met in LSH band {@code band}; with each paragraph's length and each article's story length in
   * characters, which is all the copy test needs of the articles.
   */
  record Match(String first, String second, int firstParagraph, int secondParagraph, int band, double similarity,
      int firstChars, int secondChars, int firstTotal, int secondTotal) implements Serializable {

    /** The two articles. */
    List<String> articles() {
      return List.of(first, second);
    }
  }

  private final int minSharedParagraphs;
  private final double minSharedFraction;

  CopyTest(TrucewatchConfig.Dedup config) {
    this.minSharedParagraphs = config.minSharedParagraphs();
    this.minSharedFraction = config.minSharedFraction();
  }

  /**
   * Both articles' shared paragraphs when they are copies, else nothing.
   *
   * @param matches the pair's matches in any order, a paragraph pair possibly more than once (from several bands)
   */
  List<Items.Shared> verify(Iterable<Match> matches) {
    Map<Long, Match> firstMet = new HashMap<>();
    for (Match m : matches) {
      firstMet.merge(((long) m.firstParagraph() << 32) | m.secondParagraph(), m,
          (a, b) -> a.band() <= b.band() ? a : b);
    }
    List<Match> list = new ArrayList<>(firstMet.values());
    if (!isCopy(list)) {
      return List.of();
    }
    // The index meets a pair's matches as it adds the later article: paragraph by paragraph, band by band.
    list.sort(Comparator.comparingInt(Match::secondParagraph).thenComparingInt(Match::band)
        .thenComparingInt(Match::firstParagraph));
    List<Items.Shared> out = new ArrayList<>();
    for (Match m : list) {
      out.add(new Items.Shared(m.second(), m.secondParagraph(), m.first(), m.firstParagraph(), m.similarity(),
          ((long) m.band() << 32) | m.firstParagraph()));
      out.add(new Items.Shared(m.first(), m.firstParagraph(), m.second(), m.secondParagraph(), m.similarity(),
          m.secondParagraph()));
    }
    return out;
  }

  private boolean isCopy(List<Match> matches) {
    if (matches.isEmpty()) {
      return false;
    }
    Set<Integer> inFirst = new HashSet<>();
    Set<Integer> inSecond = new HashSet<>();
    int charsFirst = 0;
    int charsSecond = 0;
    for (Match m : matches) {
      if (inFirst.add(m.firstParagraph())) {
        charsFirst += m.firstChars();
      }
      if (inSecond.add(m.secondParagraph())) {
        charsSecond += m.secondChars();
      }
    }
    Match any = matches.get(0);
    return SyndicationIndex.isCopy(inFirst.size(), inSecond.size(), charsFirst, any.firstTotal(), charsSecond,
        any.secondTotal(), minSharedParagraphs, minSharedFraction);
  }
}
