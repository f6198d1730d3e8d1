package org.trucewatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.config.TrucewatchConfig;

/**
 * The copy test of core's {@link org.trucewatch.dedup.SyndicationIndex} (private there) on one pair of articles and the
 * paragraph matches the LSH buckets found between them: two articles are copies of one story when they share at least
 * {@code minSharedParagraphs} near-identical paragraphs making up at least {@code minSharedFraction} of either one's
 * text, or one paragraph making up 60%. For a pair of copies it gives each article's shared paragraphs with a key that
 * puts entries tying on paragraph and other article in the order the index lists them. {@code CopyTestTest} checks it
 * against the index. Immutable and thread-safe.
 */
final class CopyTest implements Serializable {

  private static final long serialVersionUID = 1L;
  // A brief that is mostly one shared paragraph is a copy too (the index's constant).
  private static final double ONE_PARAGRAPH_FRACTION = 0.6;

  /** An article's story paragraphs' lengths in characters, headings counting as empty. */
  record Shape(String id, int[] chars) implements Serializable {
    int total() {
      int t = 0;
      for (int c : chars) {
        t += c;
      }
      return Math.max(1, t);
    }
  }

  /**
   * Two paragraphs, of an earlier and a later article (in input order), whose signatures agree at least as much as
   * the threshold, found first in LSH band {@code band}.
   */
  record Match(String first, String second, int firstParagraph, int secondParagraph, int band, double similarity)
      implements Serializable {

    /** The two paragraphs, whatever band they met in. */
    List<Object> pair() {
      return List.of(first, second, firstParagraph, secondParagraph);
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
   * @param matches the pair's matches, one per paragraph pair, in any order
   */
  List<Items.Shared> verify(Shape first, Shape second, Iterable<Match> matches) {
    List<Match> list = new ArrayList<>();
    matches.forEach(list::add);
    if (!isCopy(first, second, list)) {
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

  private boolean isCopy(Shape first, Shape second, List<Match> matches) {
    boolean[] inFirst = new boolean[first.chars().length];
    boolean[] inSecond = new boolean[second.chars().length];
    int charsFirst = 0;
    int charsSecond = 0;
    int countFirst = 0;
    int countSecond = 0;
    for (Match m : matches) {
      if (!inFirst[m.firstParagraph()]) {
        inFirst[m.firstParagraph()] = true;
        charsFirst += first.chars()[m.firstParagraph()];
        countFirst++;
      }
      if (!inSecond[m.secondParagraph()]) {
        inSecond[m.secondParagraph()] = true;
        charsSecond += second.chars()[m.secondParagraph()];
        countSecond++;
      }
    }
    int count = Math.min(countFirst, countSecond);
    double fraction = Math.max((double) charsFirst / first.total(), (double) charsSecond / second.total());
    return count >= minSharedParagraphs && fraction >= minSharedFraction
        || count >= 1 && fraction >= ONE_PARAGRAPH_FRACTION;
  }
}
