package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

  @Test
  void rowsSkipCommentsAndBlankLines() {
    var rows = GazetteerLoader.rows(new StringReader("# header\n\na\tb\tc\n"), "t.tsv", 3);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly("a", "b", "c");
  }

  @Test
  void aShortRowNamesFileAndLine() {
    assertThatThrownBy(() -> GazetteerLoader.rows(new StringReader("a\tb\tc\na\tb\n"), "t.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t.tsv:2")
        .hasMessageContaining("found 2");
  }

  @Test
  void aBadCoordinateNamesFileAndEntry() {
    assertThatThrownBy(() -> GazetteerLoader.coordinate("4o.1", "areas.tsv", "region:X"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("areas.tsv")
        .hasMessageContaining("region:X")
        .hasMessageContaining("4o.1");
  }

  @Test
  void theEmbeddedResourcesLoad() {
    GazetteerLoader.Loaded l = GazetteerLoader.loadResources();
    assertThat(l.entries()).hasSizeGreaterThan(10_000);
    assertThat(l.commonWords()).contains("split").doesNotContain("ganja");
    assertThat(l.entries()).allSatisfy(e -> assertThat(e.place().country()).hasSize(2));
  }

  @Test
  void everyLatinNameIsIndexedUnderTheProjectFoldKey() {
    for (GazetteerLoader.Name n : GazetteerLoader.loadResources().names()) {
      java.util.Set<String> keys = Gazetteer.keys(n.written());
      if (!keys.isEmpty()) {
        assertThat(keys).as(n.written()).contains(org.trucewatch.internal.Texts.foldKey(n.written()));
      }
    }
    assertThat(Gazetteer.keys("Zarrit’ap’")).containsExactlyInAnyOrder("zarritap", "zarrit'ap'");
    assertThat(Gazetteer.keys("Ереван")).isEmpty();
  }

  @Test
  void badPlacesAreRefused() {
    assertThatThrownBy(() -> new Place("x", "X", 91, 0, "AZ", null, Place.Precision.PLACE, "PPL"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coordinates");
    assertThatThrownBy(() -> new Place("x", "X", 0, 0, "AZE", null, Place.Precision.PLACE, "PPL"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO");
  }
}
