package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtFullStopsAndLineBreaksButNotAfterAbbreviations() {
    String text = "Fighting broke out on Sept. 27. Gen. Smith spoke. Mr. Aliyev agreed!\nNew line here";
    Sentences s = Sentences.of(text);
    assertThat(s.count()).isEqualTo(4);
    assertThat(s.indexOf(text.indexOf("27"))).isEqualTo(0);
    assertThat(s.indexOf(text.indexOf("Gen."))).isEqualTo(1);
    assertThat(s.indexOf(text.indexOf("Aliyev"))).isEqualTo(2);
    assertThat(s.indexOf(text.indexOf("New"))).isEqualTo(3);
    assertThat(s.end(3, text.length())).isEqualTo(text.length());
  }

  @Test
  void emptyTextIsOneEmptySentence() {
    assertThat(Sentences.of("").count()).isEqualTo(1);
  }
}
