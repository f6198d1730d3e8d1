package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blame told beside a later mention of an attack that names no place reaches the placed attack of that day told
 * before it in the blame's reach: the placeless mention is not logged, so a side laid on it alone is lost.
 * Sentences written for this test.
 */
class BlameOfMergedMentionTest {

  @Test
  void blameBesideAPlacelessRetellingInTheNextParagraph() {
    List<Event> a = SundayStory.attacksOn("2019-02-09",
        "Shelling hit a field hospital in Taiz on Thursday while patients were being treated.",
        "The hospital had opened only a month earlier. It serves about 30,000 people. Staff had asked for protection."
            + " Several mortar rounds landed in the courtyard shortly before noon, wounding four nurses. The governor"
            + " blamed the Houthis for the attack.");
    assertThat(SundayStory.at(a, "Taiz").perpetratorSide()).isEqualTo("HOUTHIS");
  }

  @Test
  void attributedAfterAPlacelessAccountUnderADatedHeading() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "On 8 June, shelling struck a market in El Obeid as traders were packing up.",
        "1. El Obeid, 8 June (Saturday), evening.",
        "Several rockets and mortar rounds landed inside the covered market, which holds some 200 stalls. The local"
            + " authorities attributed the attack to the Rapid Support Forces.");
    assertThat(SundayStory.at(a, "El Obeid").perpetratorSide()).isEqualTo("RSF");
  }

  @Test
  void heldResponsibleAfterAPlacelessDescription() {
    List<Event> a = SundayStory.attacksOn("2020-10-04",
        "A missile struck a residential block in Ganja overnight, the prosecutor's office said.",
        "Rescue teams worked through the morning. Residents said they had little warning. Two more rockets later hit"
            + " the same street, wounding a child. Baku held the Armenian armed forces responsible.");
    assertThat(SundayStory.at(a, "Ganja").perpetratorSide()).isEqualTo("AM");
  }

  @Test
  void blamedOnASideAfterADronesAccountInAReport() {
    List<Event> a = SundayStory.attacksOn("2024-06-10",
        "- On 8 June, a drone strike hit a fuel depot in Kosti, officials said.",
        "Incident 1. Kosti, 8 June (Saturday), before dawn.",
        "Two drones exploded over the depot's storage tanks, setting several of them ablaze. State officials blamed"
            + " the strike on the Rapid Support Forces.");
    assertThat(SundayStory.at(a, "Kosti").perpetratorSide()).isEqualTo("RSF");
  }
}
