package org.trucewatch.resolve.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written as the quarters of a town the same sentence names ("strikes on the Al-Souq and Al-Wadi neighbourhoods
 * of the town"): a domestic village of the same name far from that town is no reading of them, since a quarter lies
 * inside its town. Only the neighbourhood words count: "districts" are as often whole administrative districts named
 * beside a town far off ("shelling of the A and B districts, 40 km from C").
 */
final class TownQuarters {

  /** Within this many km of the sentence's town a reading may be the quarter itself (a large city's edge). */
  private static final double TOWN_KM = 30;

  /** "the X district", "the X and Y neighbourhoods": a city's part, as a quarter names itself, after a far city. */
  private static final Pattern PART_AFTER = Pattern.compile(
      "^(\\s*(,|and)\\s*(\\p{Lu}[\\p{L}'’-]*\\s*){1,3})*\\s*"
      + "(?<noun>district|districts|neighbourhoods?|neighborhoods?|quarters?)\\b");

  private TownQuarters() {}

  /**
   * The word of a town's part ("district", "neighbourhoods") that the mention ending at {@code end} is written before
   * (alone or in a list of such names), or null.
   */
  static String partNoun(String text, int end) {
    Matcher m = PART_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
    return m.find() ? m.group("noun") : null;
  }

  /** Whether the mention ending at {@code end} is written as a town's quarter (or one of a list of them). */
  static boolean writtenAsQuarter(String text, int end) {
    String noun = partNoun(text, end);
    return noun != null && !noun.startsWith("district");
  }

  /**
   * Whether another mention of the same sentence chose a place of the conflict's countries that none of these readings
   * lies near: the quarter belongs to that town, and its namesakes elsewhere are no reading of it.
   */
  static boolean apartFromSentenceTown(int self, List<Place> readings, Place[] chosen, int[] sentence,
      ScopeHint hint) {
    if (hint.isEmpty() || readings.isEmpty()) {
      return false;
    }
    for (int j = 0; j < chosen.length; j++) {
      Place town = chosen[j];
      if (j == self || town == null || sentence[j] != sentence[self] || !hint.countries().contains(town.country())
          || town.precision() != Place.Precision.PLACE) {
        continue;
      }
      if (readings.stream().allMatch(p -> p.kmTo(town) > TOWN_KM)) {
        return true;
      }
    }
    return false;
  }
}
