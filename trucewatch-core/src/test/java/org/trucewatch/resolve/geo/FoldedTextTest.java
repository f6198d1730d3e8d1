package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.internal.Texts;

class FoldedTextTest {

  @Test
  void foldsLikeTheProjectKeyAndMapsBack() {
    String text = "  Xankəndi,  Ağdərə–Şuşa İsmayıllı ";
    FoldedText f = FoldedText.of(text);
    assertThat(f.text().trim()).isEqualTo(Texts.foldKey(text).replace(",", ","));
    int at = f.text().indexOf("agdara");
    assertThat(text.substring(f.start(at), f.end(at + "agdara".length() - 1))).isEqualTo("Ağdərə");
  }

  @Test
  void keepsApostrophesAsABoundary() {
    FoldedText f = FoldedText.of("Ganja’s mayor");
    assertThat(f.text()).isEqualTo("ganja's mayor");
  }

  @Test
  void expandingCharactersMapToTheirSource() {
    String text = "ﬁre at Baku";
    FoldedText f = FoldedText.of(text);
    assertThat(f.text()).isEqualTo("fire at baku");
    int b = f.text().indexOf("baku");
    assertThat(text.substring(f.start(b), f.end(b + 3))).isEqualTo("Baku");
    assertThat(f.end(1)).isEqualTo(1); // "i" comes from the ligature at 0
  }

  @Test
  void emptyText() {
    assertThat(FoldedText.of("").text()).isEmpty();
  }
}
