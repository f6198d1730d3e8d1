package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure whose own clause names an attack's place before it is that attack's toll, not the toll of the place the
 * sentence names first; stories written for this test.
 */
class TollSubjectPlaceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rebel gunners shelled Stepanakert on Sunday, and a rocket fired at a school in Martuni killed three children."
          + "|Martuni|Stepanakert|3",
      "Jets bombed the outskirts of Tartar on Sunday, while a drone strike on a farm near Barda killed two "
          + "farmers.|Barda|Tartar|2"
  })
  void theClauseBeforeTheFigureNamesItsAttack(String story, String owner, String other, int killed) {
    List<Event> attacks = SundayStory.attacks(story);
    assertThat(SundayStory.at(attacks, owner).casualties()).isNotNull()
        .extracting(Casualties::killed).isEqualTo(killed);
    assertThat(SundayStory.at(attacks, other).casualties()).isNull();
  }
}
