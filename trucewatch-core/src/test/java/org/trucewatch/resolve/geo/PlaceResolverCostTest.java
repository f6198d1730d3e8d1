package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The work of place resolution grows linearly with the mentions: counted, not timed. */
class PlaceResolverCostTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final List<String> NAMES = List.of("Ganja", "Stepanakert", "Terter", "Barda", "Aghdam", "Fuzuli",
      "Shusha", "Jermuk", "Goris", "Vardenis", "Tovuz", "Berd", "Ijevan", "Hadrut", "Askeran", "Mingachevir",
      "Aghjabedi", "Jabrayil", "Zangilan", "Kapan");

  /** Distances computed to resolve an article of {@code sentences} sentences, each naming two places. */
  private static long comparisons(int sentences) {
    SplittableRandom r = new SplittableRandom(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append("Azerbaijani forces shelled ").append(NAMES.get(r.nextInt(NAMES.size()))).append(" and ")
          .append(NAMES.get(r.nextInt(NAMES.size()))).append(" on Saturday, the ministry said. ");
    }
    String t = text.toString();
    List<PlaceMention> found = G.find(t);
    assertThat(found).hasSizeGreaterThanOrEqualTo(sentences);
    long before = PlaceResolver.COMPARISONS.sum();
    new PlaceResolver(G).resolve(t, found);
    return PlaceResolver.COMPARISONS.sum() - before;
  }

  @Test
  void proximityWorkIsLinearInTheMentions() {
    long n = comparisons(300);
    long n4 = comparisons(1200);
    assertThat(n).isPositive();
    // All pairs would be 16 times the work; linear is 4.
    assertThat((double) n4 / n).isLessThanOrEqualTo(6.0);
  }
}
