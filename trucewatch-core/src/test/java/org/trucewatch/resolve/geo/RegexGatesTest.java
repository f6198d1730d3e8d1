package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gates in front of the qualifier expressions only skip texts the expressions cannot match: on random texts made
 * of their words, spaces, line ends and other characters, a closed gate never hides a match.
 */
class RegexGatesTest {

  private static final String[] PIECES = {"of", "OF", "the", "The", "town", "Towns", "city", "village", "capital",
      "district", "in", "In", "near", "sector", "area", "locality", "neighbourhood", "a", "Tavush", "x", " ", "  ",
      "\t", "\n", "\r\n", "\u0085", "\u2028", "\u2029", ",", "(", "-", "'s", "\u00A0"};

  private static String random(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < pieces; k++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void aClosedBeforeGateHidesNoMatch() {
    Random random = new Random(5);
    int matched = 0;
    for (int round = 0; round < 40_000; round++) {
      String before = random(random, random.nextInt(9));
      matched += check(before, PlaceResolver.AREA_BEFORE, PlaceResolver.AREA_BEFORE_LAST);
      matched += check(before, PlaceResolver.PLACE_BEFORE, PlaceResolver.PLACE_BEFORE_LAST);
    }
    assertThat(matched).isGreaterThan(200); // the texts reach the expressions' matches, not only their misses
  }

  private static int check(String before, Pattern p, String[] last) {
    boolean match = p.matcher(before).find();
    if (match) {
      assertThat(RegexGates.endsWithWordThenSpace(before, last)).as("'%s' against %s", before, p).isTrue();
    }
    return match ? 1 : 0;
  }

  @Test
  void aClosedContainerGateHidesNoMatch() {
    Random random = new Random(8);
    int matched = 0;
    for (int round = 0; round < 40_000; round++) {
      String text = "Koti" + random(random, random.nextInt(8));
      String rest = text.substring(4, Math.min(text.length(), 4 + 80));
      boolean any = IndexReadings.COMMA_IN.matcher(rest).find() || IndexReadings.COMMA.matcher(rest).find()
          || IndexReadings.IN_OF.matcher(rest).find();
      if (any) {
        matched++;
        assertThat(RegexGates.mayQualify(text, 4, IndexReadings.CONTAINER_LETTERS)).as("'%s'", text).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }

  @Test
  void phrasingsOpenOrCloseTheGates() {
    assertThat(RegexGates.endsWithWordThenSpace("shells fell on the town of ", PlaceResolver.PLACE_BEFORE_LAST))
        .isTrue();
    assertThat(RegexGates.endsWithWordThenSpace("fighting in the Settlements \u2028", PlaceResolver.PLACE_BEFORE_LAST))
        .isTrue();
    assertThat(RegexGates.endsWithWordThenSpace("drones struck near ", PlaceResolver.AREA_BEFORE_LAST)).isFalse();
    assertThat(RegexGates.endsWithWordThenSpace("the province of", PlaceResolver.AREA_BEFORE_LAST)).isFalse();
    assertThat(RegexGates.mayQualify("Koti, a hamlet in Tavush", 4, IndexReadings.CONTAINER_LETTERS)).isTrue();
    assertThat(RegexGates.mayQualify("Koti  of Tavush", 4, IndexReadings.CONTAINER_LETTERS)).isTrue();
    assertThat(RegexGates.mayQualify("Koti was shelled", 4, IndexReadings.CONTAINER_LETTERS)).isFalse();
    assertThat(RegexGates.mayQualify("Koti's school", 4, IndexReadings.CONTAINER_LETTERS)).isFalse();
    assertThat(RegexGates.mayQualify("Koti  ", 4, IndexReadings.CONTAINER_LETTERS)).isFalse();
  }
}
