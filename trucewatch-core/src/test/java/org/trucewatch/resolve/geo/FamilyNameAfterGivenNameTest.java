package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name joined to a lower-case Arabic article right after a capitalised given name ("Corporal Youssef al-Safi") is a
 * family name, not the town it spells; after a possessive or a preposition the article name stays a place.
 */
class FamilyNameAfterGivenNameTest {

  @Test
  void aFamilyNameIsNoPlace() {
    assertThat(ResolvedPlaces.places("Among the dead was Corporal Youssef al-Safi, a driver with the convoy.",
        ScopeHint.NONE)).noneMatch(m -> m.surface().contains("Safi"));
  }

  @Test
  void aPlaceAfterAPrepositionStaysAPlace() {
    assertThat(ResolvedPlaces.places("The convoy was hit near Safi on the coast road.", ScopeHint.NONE))
        .anyMatch(m -> m.surface().contains("Safi"));
  }
}
