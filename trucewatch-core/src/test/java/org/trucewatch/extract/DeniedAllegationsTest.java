package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement that calls untrue, in one sentence, the other side's allegation it retells ("considers the claims of
 * Y that ... to be disinformation") denies the attacks that allegation tells; a statement that does not call it untrue
 * denies nothing. Statements written for this test, read against Sunday 25 October 2020.
 */
class DeniedAllegationsTest {

  private static List<Event> statement(String verdict) {
    return SundayStory.pageAttacks(String.join("\n\n",
        "Statement of the Ministry of Defence of the Republic of Armenia",
        "25 October 2020",
        "On 24 October, Azerbaijani artillery shelled the village of Tegh, wounding two servicemen.",
        "The Ministry of Defence considers the claims of the Ministry of Defence of Azerbaijan that Armenian units "
            + "shelled Azerbaijani positions near Tovuz on Saturday to be " + verdict + "."));
  }

  @Test
  void callingTheRetoldAllegationDisinformationDeniesItsAttack() {
    Event tovuz = SundayStory.at(statement("disinformation"), "Tovuz");
    assertThat(tovuz.perpetratorSide()).isEqualTo("AM");
    assertThat(tovuz.deniedBy()).anyMatch(d -> d.contains("Ministry"));
  }

  @Test
  void notCallingItUntrueDeniesNothing() {
    Event tovuz = SundayStory.at(statement("worth an answer"), "Tovuz");
    assertThat(tovuz.deniedBy()).isEmpty();
  }
}
