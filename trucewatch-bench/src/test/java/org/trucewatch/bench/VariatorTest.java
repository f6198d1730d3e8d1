package org.trucewatch.bench;

import org.trucewatch.extract.DateBasis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;

class VariatorTest {

  // Made up for the test, in the manner of a wire report.
  private static final Article REPORT = Articles.of("report", "2021-06-03",
      "Artillery shelled the outskirts of Northtown on Tuesday night, damaging several houses and a school, "
          + "the defence ministry said in a statement.",
      "Local officials reported that 12 residents were wounded and that electricity lines were cut in 3 districts.",
      "The other side rejected the accusations as completely false and said its positions had come under fire.");
  private static final Article REVIEW = Articles.of("review", null,
      "The new cookbook gathers seasonal recipes from small kitchens, with careful notes on baking bread slowly.",
      "Readers praised the generous photographs, though some found the instructions rather brief and confusing.");

  private static Variator variator(double copies) {
    return new Variator(List.of(REPORT, REVIEW), 7L, copies, 30);
  }

  @Test
  void aVariantDependsOnlyOnTheSeedAndItsIndex() {
    Variator v = variator(0.2);
    List<String> later = v.paragraphs(v.variant(41));
    v.paragraphs(v.variant(3));
    assertThat(v.paragraphs(v.variant(41))).isEqualTo(later);
    assertThat(variator(0.2).paragraphs(variator(0.2).variant(41))).isEqualTo(later);
    assertThat(new Variator(List.of(REPORT, REVIEW), 8L, 0.2, 30).variant(41))
        .isNotEqualTo(v.variant(41));
  }

  @Test
  void contentWordsChangeWhileNamesLexiconWordsAndFunctionWordsStay() {
    Variator v = variator(0);
    Variator.Variant first = v.variant(0);
    assertThat(first.original()).isZero();
    String text = String.join(" ", v.paragraphs(first));
    assertThat(text).contains("Artillery", "shelled", "Northtown", "Tuesday", "the", "ministry", "said", "wounded",
        "rejected", "accusations");
    assertThat(text).doesNotContain("outskirts", "several", "school");
    // Two variants of one article share their kept words, not their text.
    String other = String.join(" ", v.paragraphs(v.variant(2)));
    assertThat(v.variant(2).original()).isZero();
    assertThat(other).isNotEqualTo(text).contains("Northtown", "shelled");
  }

  @Test
  void numbersAreRedrawnWithAsManyDigits() {
    Variator v = variator(0);
    String second = v.paragraphs(v.variant(0)).get(1);
    assertThat(second).containsPattern("that \\d\\d [a-z]+ were wounded").containsPattern(" in \\d [a-z]+\\.$");
  }

  @Test
  void aKnownShareAreExactCopiesOfAnEarlierNewText() {
    Variator v = variator(0.25);
    int copies = 0;
    for (int i = 0; i < 2000; i++) {
      Variator.Variant x = v.variant(i);
      if (x.copyOf() >= 0) {
        copies++;
        Variator.Variant source = v.variant(x.copyOf());
        assertThat(x.copyOf()).isLessThan(i);
        assertThat(source.copyOf()).isEqualTo(-1);
        assertThat(x.cluster()).isEqualTo(source.id());
        assertThat(v.paragraphs(x)).isEqualTo(v.paragraphs(source));
      } else {
        assertThat(x.cluster()).isEqualTo(x.id());
      }
    }
    assertThat(copies).isBetween(440, 560);
    assertThat(v.variant(0).copyOf()).isEqualTo(-1);
  }

  @Test
  void eventsMoveWithTheVariantsDayShiftAndToDistinctPlaces() {
    Variator v = variator(0);
    Location north = new Location("Northtown", 40.1, 46.2, "AZ", null, "place", "Northtown");
    Location river = new Location("Riverside", 39.8, 46.7, "AM", null, "place", "Riverside");
    List<Event> events = List.of(attack("2021-06-01", north), attack("2021-06-02", river),
        attack("2021-06-02", north));
    List<Location> places = List.of(
        new Location("A", 40.0, 46.0, "AZ", null, "place", "A"), new Location("B", 40.2, 46.1, "AZ", null, "place", "B"),
        new Location("C", 39.9, 46.5, "AM", null, "place", "C"));
    Variator.Variant x = v.variant(5);
    List<Event> moved = v.events(x, events, places);
    assertThat(moved).extracting(Event::article).containsOnly(x.id());
    assertThat(moved.get(0).date()).isEqualTo(LocalDate.parse("2021-06-01").plusDays(x.dayShift()).toString());
    assertThat(moved.get(0).location()).isEqualTo(moved.get(2).location());
    assertThat(moved.get(0).location()).isNotEqualTo(moved.get(1).location());
    assertThat(places).contains(moved.get(0).location(), moved.get(1).location());
    assertThat(Math.abs(x.dayShift())).isLessThanOrEqualTo(30);
  }

  @Test
  void anArticleLaysOutItsParagraphsAndShiftsItsDate() {
    Variator v = variator(0);
    Variator.Variant x = v.variant(4);
    Article a = v.article(x);
    assertThat(a.id()).isEqualTo(x.id());
    assertThat(List.of(a.paragraphText(0), a.paragraphText(1), a.paragraphText(2))).isEqualTo(v.paragraphs(x));
    assertThat(a.published().date())
        .isEqualTo(LocalDate.parse("2021-06-03").plusDays(x.dayShift()).toString());
    assertThat(v.article(v.variant(1)).published()).isNull();
  }

  @Test
  void spanningDaysShiftAndVocabularyIsSorted() {
    Variator v = variator(0);
    Set<Integer> shifts = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      shifts.add(v.variant(i).dayShift());
    }
    assertThat(shifts).hasSizeGreaterThan(40).allSatisfy(s -> assertThat(s).isBetween(-30, 30));
    assertThat(v.vocabularySize()).isPositive();
  }

  @Test
  void inflectionsOfAKeptWordAreKept() {
    Set<String> kept = Set.of("shell", "casualty", "fire");
    assertThat(Variator.isKept("shelled", kept)).isTrue();
    assertThat(Variator.isKept("shelling", kept)).isTrue();
    assertThat(Variator.isKept("casualties", kept)).isTrue();
    assertThat(Variator.isKept("fired", kept)).isTrue();
    assertThat(Variator.isKept("shelter", kept)).isFalse();
  }

  @Test
  void badSettingsAreRefusedWithTheirValue() {
    assertThatThrownBy(() -> new Variator(List.of(REPORT), 1, 1.0, 30)).hasMessageContaining("was 1.0");
    assertThatThrownBy(() -> new Variator(List.of(REPORT), 1, 0.2, -1)).hasMessageContaining("was -1");
    assertThatThrownBy(() -> new Variator(List.of(), 1, 0.2, 1)).hasMessageContaining("no articles");
    assertThatThrownBy(() -> variator(0).variant(-2)).hasMessageContaining("was -2");
  }

  private static Event attack(String date, Location where) {
    Evidence e = new Evidence(0, 0, 10, "It was shelled.");
    return new Event("report", EventType.ATTACK, "shelling", LocalDate.parse(date), null, null, DateBasis.EXPLICIT, where,
        "A", "Side A", null,
        false, null, List.of(), null, List.of(), null, List.of(e));
  }
}
