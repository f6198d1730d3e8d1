package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One toll told more than once (round casp15): a report's lead gives the dead and the wounded together, a later
 * sentence the dead or the wounded alone; that is one casualty report, not three. Two speakers' figures stay two.
 * "Killed or injured" is no figure of the dead, nor "on 24 October" a count. Sentences written for this test in the manner of wire copy.
 */
class CasualtyFifteenTest {

  private static List<String> reports(String... paragraphs) {
    return SundayStory.of(EventType.CASUALTY_REPORT, paragraphs).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList();
  }

  @Test
  void theWoundedToldAgainAfterTheWholeTollAreThatToll() {
    assertThat(reports("Rebel rockets struck a bus station in Mariupol on Saturday, killing six civilians and "
        + "wounding eleven, the regional police said.",
        "The eleven wounded were taken to the city hospital, police said.")).containsExactly("6/11");
  }

  @Test
  void theDeadToldAgainAfterTheWholeTollAreThatToll() {
    assertThat(reports("Shells fired by the RSF fell on a market in Omdurman on Saturday, killing 14 people and "
        + "injuring 38, the health ministry said.",
        "The ministry later said the 14 dead included three children.")).containsExactly("14/38");
  }

  @Test
  void anotherSidesFigureOfTheSameSizeStaysItsOwn() {
    String[] story = {"The Ukrainian military said one of its soldiers had been killed and four wounded in "
        + "separatist shelling near Avdiivka on Saturday.",
        "Separatist authorities said Ukrainian fire had killed one civilian in Donetsk the same day."};
    // the other side's few dead, told after the story's first toll, are the Donetsk attack's figure (round 23)
    assertThat(reports(story)).containsExactly("1/4");
    assertThat(SundayStory.at(SundayStory.attacks(story), "Donetsk").casualties().killed()).isEqualTo(1);
  }

  @Test
  void theDeadAndTheWoundedCountedAsOneAreNeither() {
    assertThat(reports("A spokesman for the Red Crescent said more than 40 people had been killed or injured when "
        + "drones hit a fuel depot in Kassala on Saturday.")).isEmpty();
  }

  @Test
  void aDayOfTheMonthIsNoCount() {
    assertThat(reports("On 24 October, a shepherd was wounded by a mine near Zolote, the monitors said."))
        .doesNotContain("null/24");
  }
}
