package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Tokenizer;

class CasualtyFinderTest {

  private static final CasualtyFinder FINDER = new CasualtyFinder(Lexicon.load());
  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static List<Casualties> find(String sentence) {
    return FINDER.find(TOKENIZER.tokenize(sentence, 0)).stream().map(CasualtyFinder.Figure::casualties).toList();
  }

  @Test
  void killedAndWoundedInOneBreathAreOneFigure() {
    assertThat(find("The ministry said the shellfire had left at least nine people dead and 33 others wounded."))
        .containsExactly(new Casualties(9, 33, "people", "at least", null, null));
    assertThat(find("Officials said that 65 civilians were killed and about 300 were wounded on their side."))
        .containsExactly(new Casualties(65, 300, "civilians", null, null, null));
    assertThat(find("31 Azeri civilians had lost their lives and 168 others sustained injuries since September 27."))
        .containsExactly(new Casualties(31, 168, "civilians", null, null, null));
  }

  @Test
  void differentVictimsAreDifferentFigures() {
    assertThat(find("Armenia claimed that 376 of its military personnel and 22 civilians had been killed."))
        .containsExactly(new Casualties(376, null, "military", null, null, null),
            new Casualties(22, null, "civilians", null, null, null));
    assertThat(find("974 of their troops have been killed in the clashes so far, as well as 37 civilians."))
        .containsExactly(new Casualties(974, null, "military", null, null, null),
            new Casualties(37, null, "civilians", null, null, null));
  }

  @Test
  void includingIsASubsetNotAFigure() {
    assertThat(find("Nearly 600 people, including 67 civilians, have been killed since last month."))
        .containsExactly(new Casualties(600, null, "people", "nearly", 67, null));
  }

  @Test
  void tollsAndLives() {
    assertThat(find("Putin said the death toll from the fighting neared 5,000, far above official figures."))
        .extracting(Casualties::killed).containsExactly(5000);
    assertThat(find("The latest fighting has claimed over 400 lives, with each side blaming the other."))
        .containsExactly(new Casualties(400, null, "people", "over", null, null));
  }

  @Test
  void numbersThatAreNotCasualties() {
    assertThat(find("The assembly groups more than 95,000 exporting companies in 61 sectors.")).isEmpty();
    assertThat(find("Sales rose to $77 million last month after 11 hours of talks.")).isEmpty();
    assertThat(find("A ceasefire agreed in 1994 failed to end the conflict.")).isEmpty();
    assertThat(find("The attack began at 12:05 and lasted 3 hours.")).isEmpty();
    assertThat(find("Two soldiers were seen near the border.")).isEmpty();
  }
}
