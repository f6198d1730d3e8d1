package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;

class BlockSegmenterTest {

  private static List<TextBlock> blocks(String html) {
    return BlockSegmenter.segment(Jsoup.parse(html).body());
  }

  private static List<String> texts(String html) {
    return blocks(html).stream().map(TextBlock::text).toList();
  }

  @Test
  void twoLineBreaksEndABlockAndOneDoesNot() {
    assertThat(texts("<div>one<br><br>two<br>three</div>")).containsExactly("one", "two three");
  }

  @Test
  void blockElementsSplitAndInlineElementsDoNot() {
    assertThat(texts("<div>a <b>bold</b> <span>word</span><p>next</p>tail</div>"))
        .containsExactly("a bold word", "next", "tail");
    assertThat(texts("<div>before<story-paragraph>custom</story-paragraph>after</div>"))
        .containsExactly("before", "custom", "after");
  }

  @Test
  void eachRowOfPlainCellsReadsAsOneLine() {
    assertThat(texts("<table><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td>Busch</td></tr></table>"))
        .containsExactly("Pos. Driver", "1 Busch");
    assertThat(texts("<table><tr><td><p>layout cell one</p></td><td><p>cell two</p></td></tr></table>"))
        .containsExactly("layout cell one", "cell two");
  }

  @Test
  void countsLinkTextAndALinkedOpening() {
    TextBlock p = blocks("<p>Read <a href='#'>this</a> now</p>").get(0);
    assertThat(p.linkChars()).isEqualTo(4);
    assertThat(p.leadLinkChars()).isZero();
    TextBlock teaser = blocks("<li><a href='/x'>Refugees return to a city without water</a> Officials said.</li>")
        .get(0);
    assertThat(teaser.leadLinkChars()).isEqualTo("Refugees return to a city without water".length());
    assertThat(teaser.opensWithLink()).isTrue();
    TextBlock name = blocks("<p><a href='/p'>Ilham Aliyev</a> said on Monday that talks would go on.</p>").get(0);
    assertThat(name.opensWithLink()).isFalse();
  }

  @Test
  void marksHeadingsQuotesAndListItems() {
    List<TextBlock> b = blocks("<h2>Talks</h2><blockquote><p>Quoted.</p></blockquote><ul><li>item</li></ul><p>p</p>");
    assertThat(b).extracting(TextBlock::kind).containsExactly(Block.Kind.HEADING, Block.Kind.QUOTE,
        Block.Kind.LIST_ITEM, Block.Kind.PARAGRAPH);
  }

  @Test
  void looseTextBesideBlocksBelongsToItsContainer() {
    List<TextBlock> b = blocks("<div id='c'>loose text<p id='p'>own paragraph</p></div>");
    assertThat(b.get(0).owner().id()).isEqualTo("c");
    assertThat(b.get(1).owner().id()).isEqualTo("p");
  }

  @Test
  void countsWordsInAnyScript() {
    assertThat(blocks("<p>Ереван, 10-го октября</p>").get(0).words()).isEqualTo(4);
  }
}
