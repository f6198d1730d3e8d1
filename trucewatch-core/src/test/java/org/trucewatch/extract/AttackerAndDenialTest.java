package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who attacked, who claims and who denies: speakers behind auxiliaries, a speaker's own forces, attackers the place
 * contradicts, and denials of involvement. Sentences written for this test, published Sunday 25 October 2020.
 */
class AttackerAndDenialTest {

  @Test
  void aSpeakerBeforeAnAuxiliaryStillDenies() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "The rebel spokesman has flatly denied this.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.deniedBy()).singleElement().asString()
        .contains("rebel spokesman"));
  }

  @Test
  void callingTheAccusationsGroundlessDeniesThem() {
    for (String denial : List.of("Armenia's Defence Ministry called the accusations groundless.",
        "Defence ministry spokeswoman Shushan Stepanyan called the report absolutely untrue.")) {
      List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
          denial);
      assertThat(all).as(denial).singleElement().satisfies(e -> assertThat(e.deniedBy()).singleElement().asString()
          .contains("Armenia"));
    }
  }

  @Test
  void aSpeakersOwnForcesNamedByAPossessiveAreItsSide() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that its artillery units had shelled "
        + "Khankendi.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isEqualTo("AZ"));
  }

  @Test
  void theVictimsNamedAfterAVerbDoNotActInTheNext() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that its drones had killed 20 "
        + "Armenian soldiers and destroyed four tanks near Fuzuli.");
    assertThat(all).isNotEmpty().noneSatisfy(e -> assertThat(e.perpetratorSide()).isEqualTo("AM"));
  }

  @Test
  void forcesASpeakerCallsItsOwnTakeTheTown() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that its troops had entered the town "
        + "of Fuzuli.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isEqualTo("AZ"));
  }

  @Test
  void aClaimOfResponsibilityNobodyElseAllegesIsAClaim() {
    List<Event> own = attacks("Azerbaijan's defence ministry said on Saturday that its drones had struck an Armenian "
        + "air defence system near Hadrut.");
    assertThat(own).isNotEmpty().allSatisfy(e -> {
      assertThat(e.acknowledgedBy()).isNotEmpty();
      assertThat(e.claimedBy()).isEqualTo(e.acknowledgedBy());
    });
    Claim alleges = new Claim("Ministry of B", null, "B", Stance.ALLEGES, null, null);
    Claim admits = new Claim("Commander of A", null, "A", Stance.ACKNOWLEDGES, null, null);
    Event both = own.get(0).withClaims(List.of(alleges, admits));
    // (a side's claim of its own act is a claim beside the enemy's account, listed after it)
    assertThat(both.claimedBy()).containsExactly("Ministry of B", "Commander of A");
    assertThat(both.acknowledgedBy()).containsExactly("Commander of A");
  }

  @Test
  void aSpeakerBothAllegingAndClaimingIsListedOnce() {
    Event e = attacks("Azerbaijan's defence ministry said on Saturday that its drones had struck an Armenian "
        + "air defence system near Hadrut.").get(0);
    Claim enemy = new Claim("Ministry of B", null, "B", Stance.ALLEGES, null, null);
    Claim owner = new Claim("Staff of A", null, "A", Stance.ACKNOWLEDGES, null, null);
    Claim ownerAgain = new Claim("Staff of A", null, "A", Stance.ALLEGES, null, null);
    assertThat(e.withClaims(List.of(enemy, owner)).claimedBy()).containsExactly("Ministry of B", "Staff of A");
    assertThat(e.withClaims(List.of(ownerAgain, enemy, owner)).claimedBy()).containsExactly("Staff of A",
        "Ministry of B");
  }

  @Test
  void sayingItHadNoConnectionToTheAttackDeniesIt() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that Armenian forces had shelled "
        + "Tartar.", "The Armenian defence ministry said it had no connection to the incident.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.deniedBy()).singleElement().asString()
        .contains("Armenia"));
  }

  @Test
  void sayingItsOwnForcesDoNotFireDeniesTheAccusation() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that Armenian forces had shelled "
        + "Tartar.", "The Armenian defence ministry says its units respect the truce and do not fire on villages.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.deniedBy()).singleElement().asString()
        .contains("Armenia"));
  }

  @Test
  void aStrikeOnTheOpponentsGroundIsNotTheOpponentsForTheSpeaker() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that the truce held after a night of "
        + "air strikes on Stepanakert.");
    assertThat(all).isNotEmpty().noneSatisfy(e -> assertThat(e.perpetratorSide()).isIn("AM", "NK"));
  }

  @Test
  void anAccusationRightAfterAnAttackWithNoAttackerNamesIt() {
    List<Event> all = attacks("A car bomb exploded in Tartar on Saturday, killing four people, police said."
        + " Azerbaijan blamed Armenia.");
    assertThat(all).singleElement().satisfies(e -> {
      assertThat(e.perpetratorSide()).isEqualTo("AM");
      assertThat(e.perpetratorInferred()).isFalse();
      assertThat(e.claimedBy()).anySatisfy(c -> assertThat(c).contains("Azerbaijan"));
    });
  }

  @Test
  void anAccusationDoesNotOverrideAnAttackerTheAttackSentenceNamed() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, killing two people, the ministry said."
        + " Armenia blamed Azerbaijan for starting the fighting.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.perpetratorSide()).isEqualTo("AM"));
  }

  @Test
  void whoWasBehindAnAttackIsItsAttackerAsNamed() {
    List<Event> all = attacks("Azerbaijan's defence ministry said Armenian forces were behind the drone attack on"
        + " Tartar on Saturday.");
    assertThat(all).isNotEmpty().allSatisfy(e -> {
      assertThat(e.perpetratorSide()).isEqualTo("AM");
      assertThat(e.perpetratorInferred()).isFalse();
    });
  }
}
