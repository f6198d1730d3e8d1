package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Violence named as what people fled (lexicon: flight) is no attack, and a place they fled is not where a blow fell;
 * a day inside a long "since" clause dates what the clause tells, not the going-on before it. Sentences written for
 * this test, dated against Sunday 25 October 2020.
 */
class FledViolenceTest {

  @Test
  void shellingFledIsNoAttack() {
    assertThat(attacks("Residents of frontline villages such as Martuni, Hadrut and Tartar, many of whom fled during "
        + "the shelling, began returning home on Saturday, though officials warned of unexploded rockets.")).isEmpty();
  }

  @Test
  void clashesFledAreNoAttack() {
    assertThat(attacks("Hundreds of people fleeing the clashes in Martakert reached Goris on Saturday.")).isEmpty();
  }

  @Test
  void thePlaceFledIsNotWhereTheDroneStruck() {
    List<Event> found = attacks("Families who fled the fighting in Stepanakert buried their dead on Saturday in Goris, "
        + "a day after a drone struck the house where they had been staying, killing four people.");
    assertThat(found).isNotEmpty().noneMatch(e -> e.location() != null
        && e.location().surface().contains("Stepanakert"));
  }

  @Test
  void shellsThatHitAsPeopleFledStayAnAttack() {
    assertThat(attacks("Thousands fled as Azerbaijani shells hit Tartar on Saturday, killing two people, officials "
        + "said.")).hasSize(1);
    assertThat(attacks("An Armenian rocket hit a house in Tartar on Saturday as families fled to Barda, the ministry "
        + "said.")).hasSize(1);
  }

  @Test
  void aCampForTheDisplacedIsWhereShellsHit() {
    List<Event> found = attacks("Shells hit a camp for the displaced in Tartar on Saturday, killing three people, "
        + "officials said.");
    assertThat(found).hasSize(1).allMatch(e -> e.location() != null && e.location().surface().contains("Tartar"));
  }

  @Test
  void aDayFarInsideSinceDoesNotDateTheClashes() {
    assertThat(attacks("Clashes around the Tartar bridge have gone on almost without a break since the fall of the "
        + "district's administration building on October 17, residents said.")).isEmpty();
  }
}
