package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Readings the words around a name refuse or choose: a surname after a title or before a role is a person, a place set
 * off by a bearing from its holder is the namesake near it (or none), and the story's conflict outweighs a far
 * namesake. Sentences written for this test.
 */
class PlaceReadingClassesTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);
  private static final ScopeHint KASHMIR = new ScopeHint(Set.of("IN", "PK"), Set.of("IN.12", "PK.06", "PK.07"));

  private static List<PlaceMention> places(String text, ScopeHint hint) {
    return R.resolve(text, G.find(text), hint).stream().filter(m -> m.role() == PlaceMention.Role.PLACE).toList();
  }

  private static List<String> surfaces(String text) {
    return places(text, ScopeHint.NONE).stream().map(PlaceMention::surface).toList();
  }

  @Test
  void aSurnameAfterATitleOrBeforeARoleIsAPerson() {
    assertThat(surfaces("Shells hit two houses in Poonch on Saturday, said Dr. Hassan, the chief medical officer."))
        .containsExactly("Poonch");
    assertThat(surfaces("Brig. Hassan, the sector commander, said the posts in Poonch were hit overnight."))
        .containsExactly("Poonch");
    assertThat(surfaces("According to Hassan, a spokesman for the district police, shells fell in Poonch."))
        .containsExactly("Poonch");
    // the town itself, after a locative, stays a place
    assertThat(surfaces("Floods hit Hassan in Karnataka on Saturday.")).contains("Hassan");
  }

  @Test
  void anAbbreviatedMonthBeforeADayIsADate() {
    assertThat(surfaces("SRINAGAR, Nov 13 (PTI) Shells hit two houses in Poonch on Friday.")).doesNotContain("Nov");
    assertThat(surfaces("POONCH, Nov. 13: Shells hit two houses in Poonch on Friday.")).doesNotContain("Nov");
  }

  @Test
  void aPlaceSetOffByABearingIsTheNamesakeNearItsHolder() {
    List<PlaceMention> kut = places("A rocket hit a market in Kut, south-east of Baghdad, on Saturday.", ScopeHint.NONE);
    assertThat(kut).filteredOn(m -> m.surface().equals("Kut")).allMatch(m -> m.place().country().equals("IQ"));
    List<PlaceMention> far = places("Indian shelling hit Shahkot near Sialkot on Saturday.", KASHMIR);
    assertThat(far).extracting(PlaceMention::surface).doesNotContain("Shahkot").contains("Sialkot");
    List<PlaceMention> km = places("Shells fell on Barda, 40 km east of Ganja, overnight.", ScopeHint.NONE);
    assertThat(km).filteredOn(m -> m.surface().equals("Barda")).singleElement()
        .satisfies(m -> assertThat(m.place().country()).isEqualTo("AZ"));
  }

  @Test
  void theStorysConflictOutweighsAFarNamesake() {
    List<PlaceMention> haveli = places("Indian troops shelled villages in Haveli district on Saturday, killing two "
        + "civilians, the Pakistani military said.", KASHMIR);
    assertThat(haveli).filteredOn(m -> m.surface().equals("Haveli")).singleElement()
        .satisfies(m -> assertThat(m.place().country()).isEqualTo("PK"));
  }
}
