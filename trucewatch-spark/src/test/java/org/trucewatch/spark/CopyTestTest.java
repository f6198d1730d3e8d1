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
 * The job's copy test against core's index on random article pairs, from copies with repeated, edited, reordered and
 * short paragraphs to unrelated stories: the same decision, and the same shared paragraphs in the same order with the
 * same similarities (the index's entries of an article with itself left aside, which the job never makes).
 */
class CopyTestTest {

  private static final TrucewatchConfig.Dedup CONFIG = TrucewatchConfig.defaults().dedup();

  @Test
  void decidesAndListsAsTheSyndicationIndex() {
    ParagraphSignatures sigs = new ParagraphSignatures(CONFIG);
    CopyTest copyTest = new CopyTest(CONFIG);
    Random random = new Random(7);
    int copies = 0;
    int apart = 0;
    for (int trial = 0; trial < 300; trial++) {
      List<String> a = article(random, null);
      List<String> b = article(random, random.nextInt(4) == 0 ? null : a);

      SyndicationIndex index = new SyndicationIndex(CONFIG);
      index.add("a", a);
      index.add("b", b);
      int totalA = Math.max(1, a.stream().mapToInt(String::length).sum());
      int totalB = Math.max(1, b.stream().mapToInt(String::length).sum());
      List<CopyTest.Match> matches = new ArrayList<>();
      for (int q = 0; q < b.size(); q++) {
        for (int p = 0; p < a.size(); p++) {
          int[] sa = sigs.signature(a.get(p));
          int[] sb = sigs.signature(b.get(q));
          if (sa == null || sb == null || ParagraphSignatures.similarity(sa, sb) < CONFIG.paragraphSimilarity()) {
            continue;
          }
          long[] ka = sigs.bandKeys(sa);
          long[] kb = sigs.bandKeys(sb);
          for (int band = 0; band < ka.length; band++) {
            if (ka[band] == kb[band]) { // every band they share, as the buckets give them
              matches.add(new CopyTest.Match("a", "b", p, q, band, ParagraphSignatures.similarity(sa, sb),
                  a.get(p).length(), b.get(q).length(), totalA, totalB));
            }
          }
        }
      }
      java.util.Collections.shuffle(matches, random);
      List<Items.Shared> shared = copyTest.verify(matches);

      boolean copy = index.clusterOf("a").equals(index.clusterOf("b"));
      assertThat(!shared.isEmpty()).as("trial %d", trial).isEqualTo(copy);
      for (String id : List.of("a", "b")) {
        List<String> expected = index.shared(id).stream().filter(s -> !s.otherArticle().equals(id))
            .map(CopyTestTest::line).toList();
        List<String> got = Syndication.sorted(shared.stream().filter(s -> s.id().equals(id)).toList()).stream()
            .map(s -> line(s.toShared())).toList();
        assertThat(got).as("trial %d, article %s", trial, id).isEqualTo(expected);
      }
      if (copy) {
        copies++;
      } else {
        apart++;
      }
    }
    assertThat(copies).isGreaterThan(50);
    assertThat(apart).isGreaterThan(50);
  }

  /** A story of paragraphs; given another, a copy of it: some paragraphs edited, repeated, dropped or added. */
  private static List<String> article(Random random, List<String> from) {
    List<String> out = new ArrayList<>();
    if (from == null) {
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        out.add(random.nextInt(6) == 0 ? "" : paragraph(random, 4 + random.nextInt(30)));
      }
      return out;
    }
    for (String p : from) {
      int fate = random.nextInt(6);
      if (fate == 0) {
        continue;
      }
      out.add(fate == 1 ? edit(random, p) : p);
      if (fate == 2) {
        out.add(p);
      }
      if (fate == 3) {
        out.add(paragraph(random, 10 + random.nextInt(20)));
      }
    }
    if (out.isEmpty()) {
      out.add(paragraph(random, 12));
    }
    return out;
  }

  private static String paragraph(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append("w").append(random.nextInt(400));
    }
    return sb.toString();
  }

  private static String edit(Random random, String p) {
    String[] words = p.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextInt(8) == 0) {
        words[i] = "e" + random.nextInt(400);
      }
    }
    return String.join(" ", words);
  }

  private static String line(SharedParagraph s) {
    return s.paragraph() + " " + s.otherArticle() + " " + s.otherParagraph() + " " + s.similarity();
  }
}
