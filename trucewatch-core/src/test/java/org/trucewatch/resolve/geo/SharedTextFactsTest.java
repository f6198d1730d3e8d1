package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The resolver's second reading of a text under the article's conflict shares what the first read from the text alone
 * ({@link IndexReadings.TextFacts}): on seeded texts, a reading that shares them gives what a fresh one gives under
 * every hint, and the second reading computes nothing the first already had.
 */
class SharedTextFactsTest {

  private static final Gazetteer G = Gazetteer.load();

  // an index that knows one made-up hamlet in Ukraine and one in Yemen: a bare "near X" then asks the hint
  private static final PlaceIndex KNOWS = name -> switch (name) {
    case "brelivka" -> List.of(new PlaceIndex.IndexedPlace(new Place("geonames:999999981", "Brelivka", 48.2, 37.5,
        "UA", null, Place.Precision.PLACE, "PPL"), 80, null, null));
    case "wadi qurm" -> List.of(new PlaceIndex.IndexedPlace(new Place("geonames:999999982", "Wadi Qurm", 15.4, 44.1,
        "YE", null, Place.Precision.PLACE, "PPL"), 80, null, null));
    default -> List.of();
  };

  private static final String[] NAMES = {"Brelivka", "Wadi Qurm", "Kramatorsk", "Avdiivka", "Hodeidah", "Taiz",
      "Marib", "Tartus", "Homs", "Shusha", "Lachin", "Uri", "Kupwara", "Nabatieh", "Tyre", "Rafah", "Khan Younis",
      "Darfur", "Kadugli", "Tuesday", "Peterson", "Zaporizhzhia", "Fasoota", "Hudaydah", "Sumy"};
  private static final String[] GLUE = {"near", "in", "at", "the hamlet of", "around", "struck", "and", ",",
      "governorate", "district", "oblast", "units", "shelled", "late on", "the", "city", "was hit", "a village in",
      "of", ".", "towards", "from"};

  private static final List<ScopeHint> HINTS = List.of(ScopeHint.NONE, ScopeHint.countries("UA"),
      ScopeHint.countries("YE"), ScopeHint.countries("SY", "LB"), new ScopeHint(Set.of("AM", "AZ"), Set.of()),
      ScopeHint.countries("IN", "PK"), ScopeHint.countries("SD"), ScopeHint.countries("IL", "PS"));

  @Test
  void aReadingSharingTheFirstReadingsTextFactsGivesWhatAFreshOneGives() {
    Random random = new Random(2925);
    int sensitive = 0;
    int reread = 0;
    for (int round = 0; round < 500; round++) {
      String text = text(random);
      List<PlaceMention> found = sorted(G.find(text));
      for (PlaceIndex index : List.of(KNOWS, PlaceIndex.NONE)) {
        ScopeHint first = HINTS.get(random.nextInt(HINTS.size()));
        IndexReadings read = new IndexReadings(text, G, index, first);
        read.augment(found);
        sensitive += read.hintSensitive() ? 1 : 0;
        for (ScopeHint other : HINTS) {
          IndexReadings shared = new IndexReadings(G, index, other, read.facts());
          IndexReadings fresh = new IndexReadings(text, G, index, other);
          assertThat(shared.augment(found)).as("%s: %s then %s", text, first, other).isEqualTo(fresh.augment(found));
          assertThat(shared.hintSensitive()).isEqualTo(fresh.hintSensitive());
          for (ScopeHint probe : HINTS) {
            assertThat(shared.sameUnder(probe)).isEqualTo(fresh.sameUnder(probe));
          }
        }
        // the resolver's path: prepared once, and where a hint changes an answer read again with the shared facts,
        // as a fresh reading under that hint is
        PlaceResolver r = new PlaceResolver(G, index);
        PlaceResolver.Prepared prepared = r.prepare(text, found);
        IndexReadings unscoped = new IndexReadings(text, G, index, ScopeHint.NONE);
        unscoped.augment(found);
        for (ScopeHint other : HINTS) {
          if (unscoped.hintSensitive() && !unscoped.sameUnder(other)) {
            reread++;
            assertThat(r.resolve(prepared, other)).as("%s under %s", text, other)
                .isEqualTo(r.resolve(text, found, other));
          }
        }
      }
    }
    assertThat(sensitive).as("readings that asked the hint").isGreaterThan(30);
    assertThat(reread).as("resolutions read again under another hint").isGreaterThan(30);
  }

  @Test
  void aSecondReadingUnderAnotherHintComputesNothingTheFirstHad() {
    String text = "Artillery struck near Brelivka and in Kramatorsk late on Tuesday, and drones hit Sumy.";
    IndexReadings first = new IndexReadings(text, G, KNOWS, ScopeHint.NONE);
    List<PlaceMention> none = first.augment(sorted(G.find(text)));
    int reads = first.facts().reads();
    assertThat(reads).isPositive();
    IndexReadings second = new IndexReadings(G, KNOWS, ScopeHint.countries("UA"), first.facts());
    List<PlaceMention> ua = second.augment(sorted(G.find(text)));
    assertThat(first.facts().reads()).isEqualTo(reads);
    assertThat(ua).isEqualTo(new IndexReadings(text, G, KNOWS, ScopeHint.countries("UA")).augment(sorted(G.find(text))));
    assertThat(none).extracting(PlaceMention::surface).contains("Kramatorsk");
  }

  private static List<PlaceMention> sorted(List<PlaceMention> ms) {
    return ms.stream().sorted(Comparator.comparingInt(PlaceMention::start)).toList();
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int words = 4 + random.nextInt(14);
    for (int i = 0; i < words; i++) {
      String w = random.nextInt(5) < 2 ? NAMES[random.nextInt(NAMES.length)] : GLUE[random.nextInt(GLUE.length)];
      if (b.length() > 0 && !w.equals(",") && !w.equals(".")) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.append('.').toString();
  }
}
