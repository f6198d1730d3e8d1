package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution in the wordings of news (eleventh round): a side's claims rejected in a denial stated first ("rejected
 * as false Armenian claims that ..."), "X blamed Y, saying ..." (the saying is X's), a pronoun speaker after a plural
 * subject ("Armenian army units had fired ..., it said"), the other side's "opposite account", a response told with
 * "responded/answered with", rockets fired "from the north of" a place, a claim of responsibility told as sending
 * drones at a target, and a monitor named by its usual description. Sentences written for this test, published
 * Sunday 25 October 2020.
 */
class NewsAttributionElevenTest {

  @Test
  void aSideNamedBeforeItsClaimsMakesThem() {
    List<Event> all = attacks("Azerbaijan's defence ministry on Saturday rejected as false Armenian claims that "
        + "Azerbaijani troops had shelled Martuni.");
    assertThat(at(all, "Martuni").claimedBy()).anySatisfy(c -> assertThat(c).startsWith("Armenia"));
  }

  @Test
  void aDenialThatHoldsTheClaimDeniesItsAttack() {
    List<Event> all = attacks("Azerbaijan's defence ministry on Saturday rejected as false Armenian claims that "
        + "Azerbaijani troops had shelled Martuni.");
    assertThat(at(all, "Martuni").deniedBy()).anySatisfy(d -> assertThat(d).startsWith("Azerbaijan"));
  }

  @Test
  void theSayingAfterABlameIsTheBlamersAndTheAccusedActed() {
    List<Event> all = attacks("Ukraine's military blamed Russia on Saturday, saying its forces had shelled "
        + "Kramatorsk overnight.");
    Event kramatorsk = at(all, "Kramatorsk");
    assertThat(kramatorsk.claimedBy()).anySatisfy(c -> assertThat(c).startsWith("Ukrain"));
    assertThat(kramatorsk.perpetratorSide()).isEqualTo("RU");
  }

  @Test
  void aDenialEndsWhereItsSpeakersSayingBegins() {
    List<Event> all = attacks("Coalition spokesman Turki al-Maliki spoke to reporters on Saturday.",
        "He denied that the coalition had struck a prison, saying the prison in Dhamar was several kilometres away.");
    assertThat(all).noneSatisfy(e -> assertThat(e.location() == null ? "" : e.location().surface())
        .contains("Dhamar"));
  }

  @Test
  void itAfterAPluralSubjectIsTheSpeakerNamedBefore() {
    List<Event> all = attacks("Azerbaijan's defence ministry said on Saturday that the situation was tense.",
        "Armenian army units fired on Azerbaijani positions in the Kalbajar district on Saturday, it said.");
    assertThat(at(all, "Kalbajar").claimedBy()).anySatisfy(c -> assertThat(c).startsWith("Azerbaijan"));
  }

  @Test
  void theOppositeAccountIsTheOtherSidesStatement() {
    List<Event> all = attacks("The Armenian defence ministry said Azerbaijani units fired on a vehicle near Norabak "
        + "on Saturday.", "Azerbaijan's defence ministry gave the opposite account. Armenian army units had fired on "
            + "Azerbaijani positions in the Kalbajar district, it said in a statement.");
    assertThat(at(all, "Kalbajar").claimedBy()).anySatisfy(c -> assertThat(c).startsWith("Azerbaijan"));
  }

  @Test
  void theSideThatRespondedWithFireFired() {
    List<Event> all = attacks("Israeli troops answered with artillery fire on two sites in Beit Hanoun on "
        + "Saturday, the army said, blaming Islamic Jihad for the attack.");
    assertThat(at(all, "Beit Hanoun").perpetratorSide()).isEqualTo("IL");
  }

  @Test
  void rocketsFiredFromTheNorthOfAPlaceDidNotHitIt() {
    List<Event> all = attacks("Militants launched dozens of rockets from the north of the Gaza Strip on Saturday, "
        + "the army said.");
    assertThat(all).noneSatisfy(e -> assertThat(e.location() == null ? "" : e.location().surface())
        .contains("Gaza"));
  }

  @Test
  void aGroupThatSentDronesAtATargetAttackedIt() {
    List<Event> all = attacks("Hezbollah said it had sent a squadron of attack drones at an army camp in Binyamina "
        + "on Saturday.");
    assertThat(at(all, "Binyamina").perpetratorSide()).isEqualTo("HEZBOLLAH");
  }

  @Test
  void theBritainBasedMonitorIsTheSyrianObservatory() {
    List<Event> all = attacks("Russian warplanes struck Saraqib in Syria's Idlib province on Saturday, killing four "
        + "people, the Britain-based monitor said.");
    assertThat(at(all, "Saraqib").claimedBy()).anySatisfy(c -> assertThat(c).contains("Syrian Observatory"));
  }

  @Test
  void jebeitIsAPlaceOfSudan() {
    List<Event> all = attacks("Drones struck a military graduation ceremony at Jebeit in eastern Sudan on "
        + "Saturday, killing five people, the army said.");
    assertThat(at(all, "Jebeit").location().country()).isEqualTo("SD");
  }

  @Test
  void theGroupsForcesAreTheGroupClaimingItsAttack() {
    List<Event> all = attacks("The Houthis issued a statement on Saturday.", "The Houthis' military spokesman wrote on "
        + "Twitter that the group's forces had targeted Jizan airport with drones on Saturday.");
    assertThat(at(all, "Jizan").perpetratorSide()).isEqualTo("HOUTHIS");
  }

  @Test
  void whoEscapedWhenDronesStruckDidNotStrike() {
    List<Event> all = attacks("Sudan's army chief escaped unhurt on Saturday when drones struck a graduation ceremony "
        + "at Jebeit in eastern Sudan, killing five people, the army said.",
        "Army spokesman Nabil Abdallah blamed the Rapid Support Forces.");
    assertThat(at(all, "Jebeit").perpetratorSide()).isEqualTo("RSF");
  }
}
