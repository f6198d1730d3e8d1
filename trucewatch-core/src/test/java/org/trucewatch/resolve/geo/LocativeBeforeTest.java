package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.testing.WrittenTexts;

/** The locative test tried from where a match can start answers as the pattern tried at every position. */
class LocativeBeforeTest {

  private static final String EDGES = "shelling near Lachin, fighting NEAR THE Lachin, in the\u00A0Agdam, at \nTartar, "
      + "outside  the  Fizuli, into the\r\nShusha, the village of Talish, the villages of the Aghdara, the outskirts "
      + "of\u00A0the Martuni, a settlement of the  Hadrut, struck the the Ganja, x-near Barda, anear Barda, "
      + "townof Terter, area of\tthe Goris, the suburb of THE\u2028Stepanakert, hit\u0085Kapan, toward\r\rJermuk";

  private static List<String> texts() {
    return WrittenTexts.with(EDGES, "", "near ", " the ", "at the");
  }

  @Test
  void answersAsThePatternTriedEverywhere() throws IOException {
    int yes = 0;
    for (String text : texts()) {
      for (int s = 0; s <= text.length(); s++) {
        boolean everywhere = IndexReadings.LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, s - 40), s)).find();
        assertThat(IndexReadings.locativeBefore(text, s)).as("%d in %s", s, text.length() < 200 ? text : "a file")
            .isEqualTo(everywhere);
        yes += everywhere ? 1 : 0;
      }
    }
    assertThat(yes).isGreaterThan(100);
  }
}
