package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.ParagraphSignatures;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.dedup.SyndicationIndex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's signatures and bands against core's index, which keeps its own private: for pairs of paragraphs from
 * identical to unrelated, a two-article index (with every threshold at zero, so any pair it compares is reported)
 * reports a pair exactly when the two share a band key here, with exactly the similarity computed here.
 */
class ParagraphSignaturesTest {

  private static final TrucewatchConfig.Dedup DEFAULTS = TrucewatchConfig.defaults().dedup();
  private static final TrucewatchConfig.Dedup REPORT_ALL = new TrucewatchConfig.Dedup(DEFAULTS.shingleWords(),
      DEFAULTS.hashes(), DEFAULTS.bands(), 0.0, 0.0, 1, DEFAULTS.minParagraphWords(), DEFAULTS.maxBucketSize(),
      DEFAULTS.seed());

  @Test
  void agreesWithTheSyndicationIndexOnBandsAndSimilarity() {
    ParagraphSignatures mine = new ParagraphSignatures(REPORT_ALL);
    Random random = new Random(20201010);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.add("w" + Integer.toString(i * 7919, 36));
    }
    int compared = 0;
    int apart = 0;
    for (int trial = 0; trial < 300; trial++) {
      List<String> a = new ArrayList<>();
      for (int i = 0; i < 12 + random.nextInt(30); i++) {
        a.add(words.get(random.nextInt(words.size())));
      }
      List<String> b = new ArrayList<>(a);
      int changes = random.nextInt(b.size() + 1);
      for (int i = 0; i < changes; i++) {
        b.set(random.nextInt(b.size()), words.get(random.nextInt(words.size())));
      }
      String pa = String.join(" ", a);
      String pb = String.join(" ", b);

      SyndicationIndex index = new SyndicationIndex(REPORT_ALL);
      index.add("a", List.of(pa));
      index.add("b", List.of(pb));
      List<SharedParagraph> reported = index.shared("b");
      int[] sa = mine.signature(pa);
      int[] sb = mine.signature(pb);
      boolean shareBand = false;
      long[] ka = mine.bandKeys(sa);
      long[] kb = mine.bandKeys(sb);
      for (int band = 0; band < ka.length; band++) {
        shareBand |= ka[band] == kb[band];
      }

      assertThat(!reported.isEmpty()).as("pair %d: %s / %s", trial, pa, pb).isEqualTo(shareBand);
      if (shareBand) {
        compared++;
        assertThat(reported.get(0).similarity()).isEqualTo(ParagraphSignatures.similarity(sa, sb));
      } else {
        apart++;
      }
    }
    assertThat(compared).as("pairs sharing a band").isGreaterThan(50);
    assertThat(apart).as("pairs sharing none").isGreaterThan(50);
  }

  @Test
  void aParagraphTooShortToCompareHasNoSignature() {
    ParagraphSignatures mine = new ParagraphSignatures(DEFAULTS);
    assertThat(mine.signature("Seven words are not quite enough here")).isNull();
    assertThat(mine.signature("")).isNull();
    assertThat(mine.signature("Eight words make a paragraph long enough here")).hasSize(DEFAULTS.hashes());
  }
}
