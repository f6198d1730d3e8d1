package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A belligerent's denial that answered nothing while the paragraphs were read is read again once the story is whole:
 * a ministry's statement telling a blast with no attacker named is its issuer's allegation, which the other side's
 * denial below answers (and names that side its attacker); not a denial by the issuer's own camp. Statements written
 * for this test, read against Sunday 25 October 2020.
 */
class UnansweredDenialTest {

  private static List<Event> statement(String denial) {
    return SundayStory.pageAttacks(String.join("\n\n",
        "Statement of the Ministry of Defence of the Republic of Armenia",
        "25 October 2020",
        "On 24 October, a mine exploded near the village of Tegh, wounding two servicemen of the Armenian army.",
        "The wounded were taken to hospital in Goris.",
        denial));
  }

  @Test
  void theOtherSideDenyingTheAllegationAnswersTheStatementsBlast() {
    Event tegh = SundayStory.at(statement("Azerbaijan's defence ministry denied the allegation."), "Tegh");
    assertThat(tegh.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
    assertThat(tegh.perpetratorSide()).isEqualTo("AZ");
  }

  @Test
  void theOtherCapitalRejectingAnyRoleAnswersTheStatementsBlast() {
    Event tegh = SundayStory.at(statement("Baku rejected any role in the blast."), "Tegh");
    assertThat(tegh.deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
  }

  @Test
  void theIssuersOwnCampDenyingAnswersNothing() {
    Event tegh = SundayStory.at(statement("Armenia's foreign ministry denied the allegation."), "Tegh");
    assertThat(tegh.deniedBy()).isEmpty();
    assertThat(tegh.perpetratorSide()).isNull();
  }
}
