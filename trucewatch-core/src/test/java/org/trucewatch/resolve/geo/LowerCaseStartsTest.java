package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A word start written in lower case is walked only in the trie of the names that may be written so ("the front
 * line"), unless an article and a hyphen open a capital ("al-Hudaydah"): the names found are those of a walk of the
 * whole trie from every word start.
 */
class LowerCaseStartsTest {

  private static final Gazetteer G = Gazetteer.load();

  private static final String[] WORDS = {"Kharkiv", "kharkiv", "KHARKIV", "Donetsk", "Gaza", "gaza", "Litani",
      "the Litani", "litani", "line of contact", "Line of Contact", "front line", "frontline", "front-line",
      "buffer zone", "border fence", "west coast", "yellow line", "Yellow Line", "al-Hudaydah", "al-hudaydah",
      "Al Hudaydah", "ad-Dali", "al-Bayda", "el-Fasher", "El Fasher", "al-Qaim", "al-Mukalla", "Split", "split",
      "Reading", "in", "near", "the", "town of", "village", "US", "Mariupol", "mariupol", "Stepanakert", "Ganja",
      "Tavush", "ﬁre", "Şuşa", "Shusha", "Əskəran", "askeran", "12", "1st", ",", ".", "-", "'s", "’s", "\n", "(",
      "Abu Hamam", "Aleppo", "aleppo", "Idlib", "Saada", "sa'ada", "Sanaa", "Kotli", "Poonch", "poonch", "Rafah"};

  @Test
  void theNamesFoundAreThoseOfTheWholeTrie() {
    Random random = new Random(2712);
    int lowerStarts = 0;
    int articleStarts = 0;
    for (int round = 0; round < 4000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 3 + random.nextInt(18);
      for (int i = 0; i < n; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        b.append(random.nextInt(6) == 0 ? "" : " ").append(w);
      }
      String text = b.toString();
      var found = G.find(text);
      assertThat(found).as(text).isEqualTo(G.find(text, true));
      for (PlaceMention m : found) {
        char c = text.charAt(m.start());
        lowerStarts += Character.isLowerCase(c) ? 1 : 0;
        articleStarts += Character.isLowerCase(c) && m.surface().contains("-") ? 1 : 0;
      }
    }
    assertThat(lowerStarts).as("names found at a lower-case start").isGreaterThan(100);
    assertThat(articleStarts).as("names opened by an article and a hyphen").isGreaterThan(10);
  }

  @Test
  void aLowerCaseStartOpensANameOnlyAfterAnArticle() {
    assertThat(MentionRules.mayOpenName("Kharkiv", 0)).isTrue();
    assertThat(MentionRules.mayOpenName("in al-Hudaydah", 3)).isTrue();
    assertThat(MentionRules.mayOpenName("in al-hudaydah", 3)).isFalse();
    assertThat(MentionRules.mayOpenName("the front line", 4)).isFalse();
    assertThat(MentionRules.mayOpenName("al-", 0)).isFalse();
    assertThat(G.find("shelling along the front line near al-Hudaydah")).extracting(PlaceMention::surface)
        .contains("front line");
  }
}
