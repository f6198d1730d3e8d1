package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.pipeline.Articles;

/**
 * A state the profile marks {@code "inferredAttacker": false} (Lebanon beside Hezbollah, Yemen's government beside
 * the Saudi-led coalition) is never the attacker inferred for fire nobody is named for, however often a story names
 * its army, ministers or ministries: the camp's fighting member is. Sentences written for this test.
 */
class QuietStateTest {

  private static final LocalDate SUNDAY = LocalDate.of(2024, 11, 24);

  private static List<Event> attacks(String... paragraphs) {
    return attacksOn(SUNDAY, paragraphs);
  }

  private static List<Event> attacksOn(LocalDate day, String... paragraphs) {
    return SundayStory.PIPELINE.extractor().extract(Articles.of("t", day.toString(), paragraphs), day,
        DateBasis.PUBLICATION).events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void theOpponentIsTheCampsFirstMemberThatMayBeInferred() {
    Sides sides = new Sides("x", List.of(List.of("XX"), List.of("QQ", "GRP")), Map.of(), Map.of(), Map.of(), null,
        HeldGround.NONE, Set.of("QQ"));
    assertThat(sides.opponentOf("XX")).isEqualTo("GRP");
    assertThat(sides.inferable("QQ")).isFalse();
    assertThat(sides.inferable("GRP")).isTrue();
    // without the flag the first member listed is the opponent, as before
    assertThat(new Sides("x", List.of(List.of("XX"), List.of("QQ", "GRP")), Map.of()).opponentOf("XX"))
        .isEqualTo("QQ");
  }

  @Test
  void unnamedFireOnIsraeliTownsIsNotTheLebaneseStatesHoweverOftenItsArmyIsNamed() {
    List<Event> a = attacks(
        "The Lebanese army deployed extra troops near Tyre on Saturday, and Lebanese soldiers manned new checkpoints.",
        "Lebanese army units also reopened a road north of the Litani, the Lebanese army said.",
        "A rocket struck a house in Nahariya on Sunday morning, wounding two people, medics said.");
    List<Event> nahariya = a.stream().filter(e -> e.location() != null && e.location().name().contains("Nahariy")).toList();
    assertThat(nahariya).isNotEmpty();
    assertThat(nahariya).allMatch(e -> !"LB".equals(e.perpetratorSide()));
    assertThat(nahariya).allMatch(e -> e.perpetratorSide() == null || "HEZBOLLAH".equals(e.perpetratorSide()));
  }

  @Test
  void ministersAndPresidentialOfficesDoNotMakeTheirStateTheCampsFighter() {
    // a story that names Moscow's diplomats often and no force of the separatist camp: the shelling of a town in
    // government-held Donetsk oblast is still the separatists', not the state whose ministers speak
    List<Event> a = attacksOn(LocalDate.of(2017, 2, 5),
        "Sergei Lavrov met his counterparts in Geneva on Saturday, and Dmitry Peskov said the Kremlin wanted talks.",
        "Maria Zakharova later repeated that the Kremlin backed the truce, as did Lavrov in a second statement.",
        "Shells hit a school in Avdiivka on Sunday morning, wounding a teacher, local officials said.");
    List<Event> avdiivka = a.stream().filter(e -> e.location() != null && e.location().name().contains("Avdiivka"))
        .toList();
    assertThat(avdiivka).isNotEmpty();
    assertThat(avdiivka).allMatch(e -> !"RU".equals(e.perpetratorSide()));
  }
}
