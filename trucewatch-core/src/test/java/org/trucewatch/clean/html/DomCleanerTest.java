package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.RemovedBlock;

class DomCleanerTest {

  @Test
  void removesWhatIsNeverVisibleText() {
    Element body = Jsoup.parse("<p>kept</p><script>var x = 1;</script><style>p{}</style><noscript>enable js</noscript>"
        + "<form><input value='q'><button>Go</button><label>Search</label></form><svg><text>chart</text></svg>"
        + "<fb:like>like</fb:like>").body();
    DomCleaner.clean(body);
    assertThat(body.text()).isEqualTo("kept Search");
  }

  @Test
  void removesHiddenElementsAndReportsTheLongerOnes() {
    String longText = "This paragraph is hidden from readers by an inline style and is long enough to report.";
    Element body = Jsoup.parse("<p>kept</p><div hidden>gone</div><div aria-hidden='true'>gone too</div>"
        + "<p style='color:red; display: none'>" + longText + "</p><p style='visibility:hidden'>x</p>").body();
    List<RemovedBlock> removed = DomCleaner.clean(body);
    assertThat(body.text()).isEqualTo("kept");
    assertThat(removed).extracting(RemovedBlock::text).containsExactly(longText);
    assertThat(removed).extracting(RemovedBlock::reason).containsExactly("hidden element");
  }
}
