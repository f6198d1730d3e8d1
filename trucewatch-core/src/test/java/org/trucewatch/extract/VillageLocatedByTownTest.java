package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A village set off by an appositive that locates it by a town ("X, a village outside Y") is the attack's one place:
 * the town only says where the village lies (PlaceContainers, lexicon: nearby). Sentences written for this test,
 * published on Sunday 25 October 2020.
 */
class VillageLocatedByTownTest {

  private static List<String> places(String sentence) {
    return SundayStory.attacks(sentence).stream()
        .map(e -> e.location() == null ? "(none)" : e.location().name()).toList();
  }

  @Test
  void theTownThatLocatesAVillageIsNoAttackOfItsOwn() {
    assertThat(places("Enemy artillery shelled Verishen, a village just outside Goris, on Sunday, the ministry said."))
        .noneMatch(p -> p.contains("Goris"));
    assertThat(places("On Sunday two houses were hit in Akner, a small village close to Goris, officials said."))
        .noneMatch(p -> p.contains("Goris"));
    assertThat(places("Mortar rounds landed on Sunday in Khndzoresk, a hamlet on the outskirts of Goris, the army said."))
        .noneMatch(p -> p.contains("Goris"));
  }

  @Test
  void aTownHitInItsOwnRightStays() {
    assertThat(places("Enemy artillery shelled Goris and Tovuz on Sunday, the ministry said."))
        .anyMatch(p -> p.contains("Goris"));
    assertThat(places("On Sunday shells hit the outskirts of Goris, the army said."))
        .anyMatch(p -> p.contains("Goris"));
  }
}
