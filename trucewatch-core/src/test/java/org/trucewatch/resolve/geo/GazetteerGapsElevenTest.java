package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.resolve.geo.ResolvedPlaces.mentions;
import static org.trucewatch.resolve.geo.ResolvedPlaces.placeOf;
import static org.trucewatch.resolve.geo.ResolvedPlaces.places;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The eleventh round's gazetteer gaps, one class each: villages of the profiles' wars that GeoNames cities500 lacks
 * (profile rows, placed at their own point or their district's seat); a name whose readings are all namesakes in the
 * conflict's countries but outside its area, which stays unknown rather than a guess among them; and a place after
 * "according to", which is the government that speaks. Sentences written for this test.
 */
class GazetteerGapsElevenTest {

  /** The Line of Control's hint as the pipeline builds it: its countries and its divisions. */
  private static final ScopeHint LOC = new ScopeHint(Set.of("IN", "PK"), Set.of("IN.12", "PK.06", "PK.07"));

  @Test
  void villagesOfTheProfilesWarsArePlaced() {
    Place janyatag = placeOf("Russian peacekeepers came under fire near Janyatag in Nagorno-Karabakh on Wednesday.",
        "Janyatag");
    assertThat(janyatag.country()).isEqualTo("AZ");
    assertThat(janyatag.lat()).isCloseTo(40.139, Offset.offset(0.01));
    assertThat(placeOf("Azerbaijani units pushed into Khtsaberd in Nagorno-Karabakh's Hadrut region on Saturday.",
        "Khtsaberd").id()).isEqualTo("place:AZ-khtsaberd");
    assertThat(placeOf("Shells hit Artanish in Armenia's Gegharkunik province overnight.", "Artanish").country())
        .isEqualTo("AM");
    assertThat(placeOf("Azerbaijani units took the Girkhgiz height in Azerbaijan's Lachin district.", "Girkhgiz")
        .country()).isEqualTo("AZ");
    assertThat(placeOf("Armenian shells destroyed two houses in Rzalar in Azerbaijan's Aghdam district.", "Rzalar")
        .precision()).isEqualTo(Place.Precision.DISTRICT);
    Place toulin = placeOf("An Israeli strike on Toulin in south Lebanon killed five people.", "Toulin");
    assertThat(toulin.country()).isEqualTo("LB");
    assertThat(toulin.precision()).isEqualTo(Place.Precision.DISTRICT);
    assertThat(placeOf("An Israeli strike on Qlayaa in south Lebanon killed a priest.", "Qlayaa").country())
        .isEqualTo("LB");
    assertThat(placeOf("A coaster was hit in Lawat in the Neelum valley of Pakistan's Kashmir.", "Lawat").country())
        .isEqualTo("PK");
  }

  @Test
  void namesakesOutsideTheConflictsAreaStayUnknown() {
    String text = "Pakistani troops shelled villages in Shahpur and Kerni on Tuesday, Indian officials in Poonch said.";
    // with no hint the name is read as one of its namesakes; in a Line of Control story as none of them
    assertThat(places(text, ScopeHint.NONE)).extracting(PlaceMention::surface).contains("Shahpur");
    assertThat(places(text, LOC)).extracting(PlaceMention::surface).doesNotContain("Shahpur").contains("Poonch");
    // a reading inside the area is kept as before: Poonch of Jammu and Kashmir
    assertThat(places(text, LOC)).filteredOn(m -> m.surface().equals("Poonch")).singleElement()
        .satisfies(m -> assertThat(m.place().country()).isEqualTo("IN"));
  }

  @Test
  void aPlaceAfterAccordingToIsTheGovernmentThatSpeaks() {
    List<PlaceMention> ms = mentions("According to Baku, Armenian forces shelled Tartar on Sunday.", ScopeHint.NONE);
    assertThat(ms).filteredOn(m -> m.surface().equals("Baku")).singleElement()
        .satisfies(m -> assertThat(m.role()).isEqualTo(PlaceMention.Role.ACTOR));
    assertThat(ms).filteredOn(m -> m.surface().equals("Tartar")).singleElement()
        .satisfies(m -> assertThat(m.role()).isEqualTo(PlaceMention.Role.PLACE));
  }
}
