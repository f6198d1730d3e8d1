package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A text read under one hint is read again under another only where a question its reading put to the hint answers
 * otherwise ({@link IndexReadings#sameUnder}): where the answers agree, reading it again gives the very same mentions,
 * and the prepared reading resolves under the new hint as a fresh one does.
 */
class HintReplayTest {

  private static final Gazetteer G = Gazetteer.load();

  // an index that knows two made-up villages, one in each of two countries: a bare "near X" then asks the hint
  private static final PlaceIndex KNOWS = name -> switch (name) {
    case "qxville" -> List.of(new PlaceIndex.IndexedPlace(new Place("geonames:999999991", "Qxville", 48.0, 37.8,
        "UA", null, Place.Precision.PLACE, "PPL"), 100, null, null));
    case "zorvan" -> List.of(new PlaceIndex.IndexedPlace(new Place("geonames:999999992", "Zorvan", 35.1, 36.7,
        "SY", null, Place.Precision.PLACE, "PPL"), 100, null, null));
    default -> List.of();
  };

  private static final String[] NAMES = {"Abu Hamam", "Kharkiv", "Novoselivka", "Koti", "Tavush", "Marinka",
      "Donetsk", "Ganja", "Mendhar", "Poonch", "Mariupol", "Saada", "Kotli", "Idlib", "Aleppo", "Terter", "Fassouta",
      "Stepanakert", "Kherson", "Qxville", "Zorvan", "Sharqi", "Gharbi", "Oblast", "Monday", "Richardson", "Bakhmut"};
  private static final String[] GLUE = {"near", "in", "at", "the village of", "outside", "shelled", "and", ",",
      "province", "district", "region", "forces", "fired", "on", "the", "town", "were hit", "a town in", "of", "."};

  private static final List<ScopeHint> HINTS = List.of(ScopeHint.NONE, ScopeHint.countries("UA"),
      ScopeHint.countries("SY"), ScopeHint.countries("SY", "TR"), new ScopeHint(Set.of("AM", "AZ"), Set.of("AM.09")),
      ScopeHint.countries("IN", "PK"), ScopeHint.countries("YE"), ScopeHint.countries("LB"));

  @Test
  void equalAnswersMeanTheSameReadingAndDifferentOnesAreReadAgain() {
    Random random = new Random(27);
    int same = 0;
    int differ = 0;
    for (int round = 0; round < 600; round++) {
      String text = sentence(random);
      List<PlaceMention> found = G.find(text);
      for (PlaceIndex index : List.of(KNOWS, PlaceIndex.NONE)) {
        for (ScopeHint first : List.of(ScopeHint.NONE, HINTS.get(random.nextInt(HINTS.size())))) {
          IndexReadings read = new IndexReadings(text, G, index, first);
          List<PlaceMention> ms = read.augment(sorted(found));
          for (ScopeHint other : HINTS) {
            List<PlaceMention> again = new IndexReadings(text, G, index, other).augment(sorted(found));
            if (read.sameUnder(other)) {
              same++;
              assertThat(again).as("%s: %s then %s", text, first, other).isEqualTo(ms);
            } else {
              differ++;
            }
          }
          // a reading that asked the hint nothing is kept under any hint, as before; one that asked resolves as a
          // fresh reading under the new hint does, whether it was read again or not
          PlaceResolver r = new PlaceResolver(G, index);
          PlaceResolver.Prepared prepared = r.prepare(text, found);
          IndexReadings unscoped = new IndexReadings(text, G, index, ScopeHint.NONE);
          unscoped.augment(sorted(found));
          for (ScopeHint other : HINTS) {
            if (unscoped.hintSensitive()) {
              assertThat(r.resolve(prepared, other)).as("%s under %s", text, other)
                  .isEqualTo(r.resolve(text, found, other));
            }
          }
        }
      }
    }
    assertThat(same).isPositive();
    assertThat(differ).as("texts whose reading depends on the hint").isGreaterThan(50);
  }

  @Test
  void aFirstWordAbroadIsAQuestionToTheHint() {
    // hint-sensitive through the bare "near Qxville"; Mariupol opens a longer name and is abroad under a Syrian hint
    String text = "Shelling hit Mariupol Stepanakert on Monday and shells fell near Qxville.";
    IndexReadings read = new IndexReadings(text, G, KNOWS, ScopeHint.NONE);
    read.augment(sorted(G.find(text)));
    assertThat(read.hintSensitive()).isTrue();
    assertThat(read.sameUnder(ScopeHint.NONE)).isTrue();
    assertThat(read.sameUnder(ScopeHint.countries("SY"))).isFalse();
    PlaceResolver r = new PlaceResolver(G, KNOWS);
    PlaceResolver.Prepared prepared = r.prepare(text, G.find(text));
    assertThat(r.resolve(prepared, ScopeHint.countries("SY")))
        .isEqualTo(r.resolve(text, G.find(text), ScopeHint.countries("SY")));
  }

  @Test
  void aHintTheTextAlreadyNamesAsksNothingNew() {
    // the bare "near Qxville" is read in the text's own countries: a Ukrainian hint adds none, nothing is read again
    String text = "Shelling hit Kharkiv on Monday and shells fell near Qxville.";
    IndexReadings read = new IndexReadings(text, G, KNOWS, ScopeHint.NONE);
    List<PlaceMention> ms = read.augment(sorted(G.find(text)));
    assertThat(read.hintSensitive()).isTrue();
    assertThat(read.sameUnder(ScopeHint.countries("UA"))).isTrue();
    assertThat(new IndexReadings(text, G, KNOWS, ScopeHint.countries("UA")).augment(sorted(G.find(text))))
        .isEqualTo(ms);
  }

  private static List<PlaceMention> sorted(List<PlaceMention> ms) {
    return ms.stream().sorted(java.util.Comparator.comparingInt(PlaceMention::start)).toList();
  }

  private static String sentence(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 6 + random.nextInt(14);
    for (int i = 0; i < n; i++) {
      String w = random.nextInt(5) < 2 ? NAMES[random.nextInt(NAMES.length)] : GLUE[random.nextInt(GLUE.length)];
      if (b.length() > 0 && !w.equals(",") && !w.equals(".")) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.append('.').toString();
  }
}
