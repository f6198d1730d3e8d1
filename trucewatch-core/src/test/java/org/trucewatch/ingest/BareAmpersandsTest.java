package org.trucewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareAmpersandsTest {

  private static int count(String... chunks) {
    BareAmpersands b = new BareAmpersands();
    for (String c : chunks) {
      b.feed(c.toCharArray(), 0, c.length());
    }
    return b.count();
  }

  @Test
  void referencesAreNotBare() {
    assertThat(count("<t>a &amp; b &lt; &#38; &#x26; &nbsp;</t>")).isZero();
  }

  @Test
  void countsBareAmpersandsInTextAndAttributes() {
    assertThat(count("<t>R&D & more</t><link href=\"x?a=1&b=2\"/>")).isEqualTo(3);
    assertThat(count("<t>&#xZZ; &#; &;</t>")).isEqualTo(3);
  }

  @Test
  void skipsCdataAndComments() {
    assertThat(count("<d><![CDATA[a & b]]></d><!-- x & y -->")).isZero();
    assertThat(count("<d><![CDATA[a & b]]> & </d>")).isEqualTo(1);
  }

  @Test
  void worksAcrossChunks() {
    assertThat(count("<d><![CD", "ATA[a & b]", "]>", " &am", "p; & x</d>")).isEqualTo(1);
  }
}
