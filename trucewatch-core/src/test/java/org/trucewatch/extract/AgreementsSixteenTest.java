package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The agreement readings of snippet batch dev-501..530: a document ending a war is a truce agreed; a truce kept in force
 * to a new day, or more days of it, is extended; a halt until a day is a pause declared; a plea right after a truce
 * word does not hide the verb that follows; a plea for a truce takes no start from another's verb. Sentences written
 * for this test, dated against Sunday 25 October 2020.
 */
class AgreementsSixteenTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = SundayStory.SUNDAY;

  @Test
  void aDeclarationEndingTheConflictIsATruceAgreed() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Sudan's interim leader said on Saturday he had signed off on a "
        + "declaration with rebel commanders ending the conflict in Darfur.")).extracting(Event::date)
        .containsExactly(SATURDAY);
  }

  @Test
  void aTruceKeptInEffectUntilADayIsExtended() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The truce between the Houthis and the Saudi-led coalition will "
        + "remain in effect until the end of May, the UN envoy said on Saturday.")).extracting(Event::date)
        .containsExactly(SATURDAY);
  }

  @Test
  void moreWeeksOfATruceAgreedIsAnExtension() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "The Houthis and the Saudi-led coalition agreed on Saturday to "
        + "three more weeks of their fragile truce, the UN envoy said.")).extracting(Event::date)
        .containsExactly(SATURDAY);
  }

  @Test
  void aHaltUntilADayIsAPauseDeclared() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Azerbaijan's defence ministry said on Saturday it would suspend "
        + "strikes on Armenian positions until November 2 to let aid convoys through.")).extracting(Event::date)
        .containsExactly(SATURDAY);
  }

  @Test
  void aTruceUrgedByOthersStillComesIntoEffect() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Traffic returned to the coastal road after a truce urged by the "
        + "Arab League came into effect at 6 a.m., residents said.")).extracting(Event::date).containsExactly(SUNDAY);
  }

  @Test
  void aPleaForATruceTakesNoStartFromAWarBegun() {
    assertThat(SundayStory.of(EventType.CEASEFIRE, "Delegates of Armenia and Azerbaijan sat down in Geneva on "
        + "Saturday, their first meeting since the fighting began, with Baku demanding an immediate truce.")).isEmpty();
  }
}
