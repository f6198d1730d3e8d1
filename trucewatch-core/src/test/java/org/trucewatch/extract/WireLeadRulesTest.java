package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.pattern.Forms;

/**
 * The rules a fresh batch of wire leads from many wars showed missing (explosive belts and vehicles, bombs that went
 * off where they were left, thrown charges, raids on villages, people taken away, battles named by their two sides; and
 * news with no attack: a missile test, live-fire drills, a verdict, a title, a diplomatic "strike back"), on sentences
 * written for this test, dated against Sunday 25 October 2020.
 */
class WireLeadRulesTest {

  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static List<Event> events(String... paragraphs) {
    return SundayStory.events(paragraphs);
  }

  private static List<Event> attacks(String... paragraphs) {
    return events(paragraphs).stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .anySatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void beltsAndVehiclesOfExplosivesAreSuicideBombings() {
    subtype("The group said two of its men wearing explosive belts carried out the attack near Tovuz on Friday.",
        "suicide_bomb");
    subtype("Eleven soldiers died on Thursday when a man drove a truck packed with explosives into their checkpoint "
        + "outside Goris.", "suicide_bomb");
    subtype("A minivan loaded with explosives rammed an army bus near Martuni on Friday, officials said.",
        "suicide_bomb");
  }

  @Test
  void aBombThatWentOffWhereItWasLeftIsARemoteExplosiveAndAThrownOneAGrenade() {
    subtype("A bomb hidden in a rubbish bin went off at the bus station in Goris on Friday morning, killing three.",
        "remote_explosive");
    subtype("A mortar bomb went off in a courtyard in Martuni on Friday, wounding a boy.", "shelling");
    subtype("An explosive thrown at the crowd in Goris on Saturday wounded four people, police said.", "grenade");
  }

  @Test
  void armedMenRaidingAVillageAttackCiviliansAndPeopleTakenAwayAreAnAbduction() {
    subtype("Gunmen raided the village of Martuni on Friday, killing 12 residents.", "attack_on_civilians");
    subtype("Bandits attacked the market of Goris on Saturday, shooting at traders.", "attack_on_civilians");
    subtype("Armed men seized more than 80 pupils from a school in Goris on Friday, officials said.", "abduction");
    subtype("Militants stormed a school in Martuni on Friday and took away 40 schoolgirls.", "abduction");
  }

  @Test
  void fightingBetweenTwoNamedSidesIsABattleEvenWithoutAPlace() {
    subtype("Fighting between Armenian and Azerbaijani troops spread along the front on Friday.", "armed_clash");
    assertThat(attacks("The fighting has displaced thousands, aid groups said on Friday.")).isEmpty();
  }

  @Test
  void overnightDatesAWireLeadByItsMorning() {
    assertThat(attacks("Gunmen raided the village of Martuni overnight, killing 12 residents."))
        .anySatisfy(e -> assertThat(e.date()).isEqualTo(SUNDAY));
  }

  @Test
  void newsWithNoAttack() {
    assertThat(attacks("Britain struck back at Moscow on Friday, expelling 23 diplomats.")).isEmpty();
    assertThat(attacks("Ministers expelled diplomats on Friday in response to the poison attack on a defector in Goris."))
        .isEmpty();
    assertThat(attacks("Pyongyang fired a long-range missile on Friday; it came down inside Japan's exclusive economic "
        + "zone, Tokyo said.")).isEmpty();
    assertThat(attacks("The navy fired missiles into waters off the coast near Goris on Friday as it opened live-fire "
        + "drills.")).isEmpty();
    assertThat(attacks("A court in Baku on Friday convicted two officers of murder for shooting down a helicopter near "
        + "Tovuz in 2014.")).isEmpty();
    assertThat(attacks("The directors general of military operations of Armenia and Azerbaijan spoke on Friday."))
        .isEmpty();
  }

  @Test
  void aJointDeclarationIsTalks() {
    assertThat(events("The Georgian prime minister and the Turkish president signed a joint declaration in Tbilisi on "
        + "Friday ending the state of war."))
        .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.TALKS));
  }

  @Test
  void marchesIntoTownsChargesSetOffAndShootingAsAVerb() {
    subtype("Rebel forces marched back into Martuni on Friday as government troops withdrew.", "territory_taken");
    subtype("Militants overran Goris on Friday, seizing the town hall and the police station.", "territory_taken");
    subtype("A man detonated an improvised device at the gate of the Goris stadium on Friday.", "remote_explosive");
    subtype("Gunmen were shooting residents in Martuni on Friday, witnesses said.", "attack_on_civilians");
    subtype("The clinic in Goris was hit during a bombardment by a helicopter gunship on Friday.", "air_drone_strike");
  }

  @Test
  void aLeadsAttackWithNoKnownPlaceIsTheDaysNews() {
    assertThat(attacks("The rebel alliance said it had taken full control of Xyzabad, the capital of the border region.",
        "The army did not comment.")).singleElement().satisfies(e -> {
          assertThat(e.location()).isNull();
          assertThat(e.date()).isEqualTo(SUNDAY);
        });
    assertThat(attacks("The army did not comment on Saturday.",
        "The rebel alliance said it had taken full control of Xyzabad, the capital of the border region.")).isEmpty();
  }

  @Test
  void pastAttacksNamedByTheirDateParadesAndCapturedPrisonersAreNoAttack() {
    assertThat(attacks("Families read the names of the 200 people killed in the October 7 attacks at a ceremony in "
        + "Goris on Friday.")).isEmpty();
    assertThat(attacks("The army paraded its newest ballistic missiles through Goris on Friday.")).isEmpty();
    assertThat(attacks("Thousands joined strikes and marches across Armenia on Friday against the pension plan."))
        .isEmpty();
    assertThat(attacks("The two sides swapped prisoners on Friday, among them the soldiers captured near Tovuz."))
        .isEmpty();
  }

  @Test
  void thirdBatch() {
    subtype("Gunmen who attacked a school in Goris on Friday are holding 300 boys, the governor said.", "abduction");
    subtype("Government soldiers entered the centre of Martuni on Friday as the rebels withdrew.", "territory_taken");
    subtype("Troops backed by tanks attacked rebel positions near Martuni on Friday, the army said.", "armed_clash");
    assertThat(attacks("Tehran unveiled what it called its newest hypersonic ballistic missile at a ceremony in Goris on "
        + "Friday.")).isEmpty();
    assertThat(events("The cabinet approved a deal with the rebels early on Friday for a four-day pause in fighting."))
        .anySatisfy(e -> {
          assertThat(e.type()).isEqualTo(EventType.CEASEFIRE);
          assertThat(e.subtype()).isEqualTo("agreed");
        });
  }

  @Test
  void theDayOfTheSayingGivesWayToTheDayOfWhatWasSaid() {
    assertThat(attacks("Investigators said on Saturday that a suicide bomber carried out Friday's blast at the bus "
        + "station in Goris.")).anySatisfy(e -> assertThat(e.date()).isEqualTo(SUNDAY.minusDays(2)));
    assertThat(attacks("Investigators said on Saturday that a suicide bomber had struck the bus station in Goris."))
        .anySatisfy(e -> assertThat(e.date()).isEqualTo(SUNDAY.minusDays(1)));
  }

  @Test
  void fifthBatch() {
    subtype("Two bombs hidden in bags exploded seconds apart near the market in Goris on Friday.", "remote_explosive");
    subtype("Rebel fighters shot down two army helicopters near Martuni on Friday, the rebels said.", "armed_clash");
    subtype("Gunmen stormed Goris State University on Friday, shooting students in their dormitories.",
        "attack_on_civilians");
  }

  @Test
  void anAttackNamedAsTheObjectOfAnActionIsMadeByThatVerbsSubject() {
    assertThat(attacks("Yerevan said they had launched 14 drones and eight ballistic missiles at Azerbaijani positions "
        + "near Tovuz on Friday.")).anySatisfy(e -> assertThat(e.perpetrator()).isEqualTo("Armenia"));
  }

  @Test
  void aFinalLAfterOneVowelDoublesInTheRegularForms() {
    assertThat(Forms.inflections("expel")).contains("expels", "expelled", "expelling");
    assertThat(Forms.inflections("kill")).contains("killed", "killing").doesNotContain("killled");
  }
}
